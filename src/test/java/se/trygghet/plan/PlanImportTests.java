package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;

@PlatformIntegrationTest
class PlanImportTests {

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanViews views;

	@Autowired
	JdbcClient jdbc;

	Map<String, Long> rowCounts() {
		return Map.of("plans", count("action_plan"), "activities", count("activity"), "committees", count("committee"),
				"goals", count("goal"), "audit", count("audit_entry"));
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	PlanImport.Outcome importText(String text) {
		return planImport.importFile(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void writesNothingWhenTheFileHasAnyError() {
		String base = PlanFixtures.vasterasFileWithKey("felaktig-plan");
		Map<String, String> broken = Map.of(
				"unknown committee", base.replace("\"Byggnadsnämnden\"]", "\"Byggnämnden\"]"),
				"duplicate activity number", base.replace("number: \"3.2\"", "number: \"3.1\""),
				"missing lead", base.replaceFirst("\n        lead: \"Miljö- och konsumentnämnden\"", ""),
				"empty text", base.replaceFirst("text: \"Stävja olaglig handel[^\"]*\"", "text: \"\""),
				"malformed file", base.substring(0, base.length() / 2) + "\n  - : : [");
		Map<String, Long> before = rowCounts();
		broken.forEach((kind, file) -> {
			PlanImport.Outcome outcome = importText(file);
			assertThat(outcome.imported()).as(kind).isFalse();
			assertThat(outcome.problems()).as(kind).isNotEmpty();
		});
		assertThat(rowCounts()).isEqualTo(before);
		assertThat(views.byKey("felaktig-plan")).isEmpty();
	}

	@Test
	void refusesAKeyThatIsAlreadyTaken() {
		PlanImport.Outcome outcome = importText(PlanFixtures.vasterasFile());
		assertThat(outcome.problems()).extracting(PlanFileProblem::code).containsExactly("plan.key.taken");
	}

	@Test
	void importsAnExportedPlanUnchangedAndReusesTheMunicipalitysCommittees() {
		long committees = count("committee");
		PlanView original = views.byKey(PlanFixtures.VASTERAS).orElseThrow();
		for (String format : new String[] { "yaml", "json" }) {
			String exported = format.equals("yaml") ? PlanFileWriter.yaml(original) : PlanFileWriter.json(original);
			String key = "rundtur-" + format;
			String renamed = exported.replace(PlanFixtures.VASTERAS, key);
			PlanImport.Outcome outcome = importText(renamed);
			assertThat(outcome.problems()).as(format).isEmpty();
			PlanView copy = views.byKey(key).orElseThrow();
			assertThat(PlanFileWriter.tree(copy)).as(format)
				.isEqualTo(PlanFileWriter.tree(original).entrySet()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
							e -> e.getKey().equals("plan") ? withKey(e.getValue(), key) : e.getValue())));
		}
		assertThat(count("committee")).isEqualTo(committees);
	}

	@SuppressWarnings("unchecked")
	private static Object withKey(Object header, String key) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) header);
		copy.put("key", key);
		return copy;
	}

	@Test
	void auditsAnImport() {
		PlanFixtures.importCopy(planImport, "granskad-import");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'plan.imported' and details->>'key' = :k")
			.param("k", "granskad-import")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
