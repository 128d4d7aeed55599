package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanFileReaderTests {

	static PlanFileReader.Result read(String text) {
		return PlanFileReader.read(text.getBytes(StandardCharsets.UTF_8));
	}

	static String vasteras() {
		return PlanFixtures.vasterasFile();
	}

	@Test
	void readsTheShippedPlanWithoutProblems() {
		PlanFileReader.Result result = read(vasteras());
		assertThat(result.problems()).isEmpty();
		assertThat(result.document().focusAreas()).hasSize(6);
		assertThat(result.document().committees()).hasSize(13);
	}

	@Test
	void reportsAnUnknownCommitteeWithItsLocation() {
		String file = vasteras().replaceFirst("committees: \\[\"Kommunstyrelsen\", \"Nämnden för idrott",
				"committees: [\"Kommunstyrelsen\", \"Nämnden för fritid");
		assertThat(read(file).problems()).anySatisfy(problem -> {
			assertThat(problem.code()).isEqualTo("plan.committee.unknown");
			assertThat(problem.location()).isEqualTo("focusAreas[0].activities[0] (1.1).committees[1]");
		});
	}

	@Test
	void reportsADuplicateActivityNumber() {
		String file = vasteras().replace("number: \"1.2\"", "number: \"1.1\"");
		assertThat(read(file).problems()).anySatisfy(problem -> {
			assertThat(problem.code()).isEqualTo("plan.activity.number.duplicate");
			assertThat(problem.location()).isEqualTo("focusAreas[0].activities[1].number");
		});
	}

	@Test
	void reportsAMissingLead() {
		String file = vasteras().replaceFirst("\n        lead: \"Kommunstyrelsen\"", "");
		assertThat(read(file).problems()).extracting(PlanFileProblem::code).contains("plan.activity.lead.missing");
	}

	@Test
	void reportsALeadThatIsNotAmongTheResponsibleCommittees() {
		String file = vasteras().replaceFirst("lead: \"Kommunstyrelsen\"", "lead: \"Byggnadsnämnden\"");
		assertThat(read(file).problems()).extracting(PlanFileProblem::code).contains("plan.activity.lead.notListed");
	}

	@Test
	void reportsAnEmptyText() {
		String file = vasteras().replaceFirst("text: \"Utveckla och konkretisera[^\"]*\"", "text: \"  \"");
		assertThat(read(file).problems()).anySatisfy(problem -> {
			assertThat(problem.code()).isEqualTo("plan.field.emptyText");
			assertThat(problem.location()).isEqualTo("focusAreas[0].activities[0] (1.1).text");
		});
	}

	@Test
	void reportsAMalformedFileWithLineAndColumn() {
		PlanFileReader.Result result = read("plan:\n  key: [unclosed\n  name: x\n");
		assertThat(result.ok()).isFalse();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("plan.file.malformed");
			assertThat(problem.location()).startsWith("line ");
		});
	}

	@Test
	void reportsEveryProblemAtOnce() {
		String file = vasteras().replace("number: \"1.2\"", "number: \"1.1\"")
			.replaceFirst("\n        lead: \"Kommunstyrelsen\"", "")
			.replace("number: \"2.1\"", "number: 2.1");
		assertThat(read(file).problems()).extracting(PlanFileProblem::code)
			.contains("plan.activity.number.duplicate", "plan.activity.lead.missing", "plan.activity.number.quote");
	}

	@Test
	void reportsAnActivityNumberedOutsideItsFocusArea() {
		String file = vasteras().replace("number: \"2.1\"", "number: \"3.9\"");
		assertThat(read(file).problems()).extracting(PlanFileProblem::code)
			.contains("plan.activity.number.focusArea");
	}

	@Test
	void readsJsonAsWellAsYaml() {
		PlanFileReader.Result yaml = read(vasteras());
		assertThat(yaml.ok()).isTrue();
		String json = "{\"format\":\"trygghetsplattformen/plan@1\",\"plan\":{\"key\":\"liten\",\"name\":\"Liten plan\","
				+ "\"municipality\":\"Testkommun\",\"periodFrom\":2024,\"periodTo\":2026,\"state\":\"DRAFT\"},"
				+ "\"committees\":[{\"name\":\"Kommunstyrelsen\"}],"
				+ "\"focusAreas\":[{\"number\":1,\"title\":\"Trygghet\",\"goals\":[\"Mål\"],"
				+ "\"activities\":[{\"number\":\"1.1\",\"text\":\"Gör något\",\"committees\":[\"Kommunstyrelsen\"],"
				+ "\"lead\":\"Kommunstyrelsen\"}]}]}";
		PlanFileReader.Result result = read(json);
		assertThat(result.problems()).isEmpty();
		assertThat(result.document().plan().state()).isEqualTo(PlanState.DRAFT);
	}

	@Test
	void reportsEveryMalformedLineageFieldOfAVersionTwoFileWhereItStands() {
		String json = "{\"format\":\"trygghetsplattformen/plan@2\",\"plan\":{\"key\":\"liten\",\"name\":\"Liten plan\","
				+ "\"municipality\":\"Testkommun\",\"periodFrom\":2024,\"periodTo\":2026,\"predecessor\":\"Fel Nyckel\"},"
				+ "\"committees\":[{\"name\":\"Kommunstyrelsen\"}],"
				+ "\"focusAreas\":[{\"number\":1,\"title\":\"Trygghet\",\"origin\":{\"a\":1},"
				+ "\"goals\":[{\"text\":\"Mål\",\"origin\":\"1\"},{\"text\":\"Mål 2\",\"origin\":{\"focusArea\":1,\"position\":0}}],"
				+ "\"indicators\":[{\"name\":\"Trygghet\",\"unit\":\"procent\",\"direction\":\"INCREASE\",\"source\":\"Enkät\","
				+ "\"origin\":[1]}],"
				+ "\"activities\":[{\"number\":\"1.1\",\"text\":\"Gör något\",\"committees\":[\"Kommunstyrelsen\"],"
				+ "\"lead\":\"Kommunstyrelsen\",\"origin\":\"ett\",\"indicators\":\"Trygghet\"}]}],"
				+ "\"fates\":[\"1.1\",{\"activity\":\"1.2\",\"disposition\":\"MERGED\",\"successor\":\"1.9\"},"
				+ "{\"activity\":\"1.3\",\"disposition\":\"CONTINUED\"},{\"activity\":\"1.2\",\"disposition\":\"ENDED\",\"reason\":\"Klar\"}]}";

		PlanFileReader.Result result = read(json);

		assertThat(result.ok()).isFalse();
		assertThat(result.problems()).extracting(p -> p.location() + " " + p.code())
			.containsExactlyInAnyOrder("plan.predecessor plan.key.format", "focusAreas[0].origin plan.field.integer",
					"focusAreas[0].goals[0].origin plan.field.object",
					"focusAreas[0].goals[1].origin.position plan.field.positive",
					"focusAreas[0].indicators[0].origin plan.field.object",
					"focusAreas[0].activities[0] (1.1).origin plan.activity.number.format",
					"focusAreas[0].activities[0] (1.1).indicators plan.field.list", "fates[0] plan.field.object",
					"fates[1].successor plan.fate.successor.unknown", "fates[2].successor plan.fate.successor.missing",
					"fates[3].activity plan.fate.duplicate");
	}

	@Test
	void readsAVersionOneFileAsBeforeIgnoringLineage() {
		String file = vasteras().replace("  state: ADOPTED", "  state: ADOPTED\n  predecessor: nagon-2018-2020")
			.replaceFirst("(\n      - number: \"1.1\")", "$1\n        origin: \"1.4\"");

		PlanFileReader.Result result = read(file);

		assertThat(result.problems()).isEmpty();
		assertThat(result.document().plan().predecessor()).isNull();
		assertThat(result.document().focusAreas().get(0).activities().get(0).origin()).isNull();
		assertThat(result.document().fates()).isEmpty();
	}

	@Test
	void reportsAListOrRecordWhereANumberOrAChoiceBelongsInsteadOfFailing() {
		String file = vasteras().replace("  periodFrom: 2021", "  periodFrom: [2021]")
			.replace("  state: ADOPTED", "  state: {adopted: true}");

		PlanFileReader.Result result = read(file);

		assertThat(result.problems()).extracting(p -> p.location() + " " + p.code() + " " + p.args().get(0))
			.containsExactlyInAnyOrder("plan.periodFrom plan.field.integer [2021]",
					"plan.state plan.field.oneOf {\"adopted\":true}");
	}

}
