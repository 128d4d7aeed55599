package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.indicator.IndicatorImports.ImportRun;
import se.trygghet.indicator.IndicatorImports.State;
import se.trygghet.indicator.IndicatorImports.Trigger;
import se.trygghet.indicator.kolada.KoladaClient;
import se.trygghet.indicator.kolada.KoladaSettings;
import se.trygghet.indicator.kolada.KoladaStub;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.system.Refusal;

/**
 * The Kolada import against {@link KoladaStub}: every mapped KPI of the plan is fetched from the local stub, never the
 * internet. The import's clock stands in 1982 with three years back, so its values (1979–1982) lie before anything
 * other tests read.
 */
@PlatformIntegrationTest
class KoladaImportTests {

	static final Pattern REQUEST = Pattern.compile(".*/data/kpi/([A-Z0-9]+)/municipality/1980/year/([0-9,]+).*");

	@Autowired
	Measurements measurements;

	@Autowired
	IndicatorSetups setups;

	@Autowired
	PlanCatalog plans;

	@Autowired
	AreaCatalog areas;

	@Autowired
	ImportRuns runs;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	final KoladaStub kolada = KoladaStub.start();

	KoladaImport kolada1982;

	KoladaClient client;

	@BeforeEach
	void setUp() {
		Executor inline = Runnable::run;
		kolada1982 = new KoladaImport(new KoladaClient(KoladaSettings.defaults()), measurements, setups, plans, areas,
				runs, currentUsers, inline, Clock.fixed(Instant.parse("1982-06-01T10:00:00Z"), ZoneOffset.UTC), "1980",
				3);
		client = new KoladaClient(new KoladaSettings(kolada.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
				Duration.ZERO, Duration.ZERO, 5000, 10, "Trygghetsplattformen test"));
	}

	@AfterEach
	void stopKolada() {
		kolada.close();
	}

	/**
	 * Kolada for every KPI asked: T, K and M for each year, 1980 missing for women (null with status Missing), N00914
	 * on two pages.
	 */
	static KoladaStub.Answer answer(URI request) {
		Matcher m = REQUEST.matcher(request.toString());
		if (!m.matches()) {
			return new KoladaStub.Answer(404, "{}", Map.of(), Duration.ZERO);
		}
		String kpi = m.group(1);
		List<String> entries = new ArrayList<>();
		for (String year : m.group(2).split(",")) {
			int y = Integer.parseInt(year);
			String women = y == 1980 ? "{\"gender\": \"K\", \"count\": 1, \"status\": \"Missing\", \"value\": null}"
					: "{\"gender\": \"K\", \"count\": 1, \"status\": \"\", \"value\": " + (50 + y % 10) + ".5}";
			entries.add("{\"kpi\": \"" + kpi + "\", \"municipality\": \"1980\", \"period\": " + y + ", \"values\": ["
					+ "{\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": " + (60 + y % 10) + "}, " + women
					+ ", {\"gender\": \"M\", \"count\": 1, \"status\": \"\", \"value\": " + (70 + y % 10) + "}]}");
		}
		boolean paged = kpi.equals("N00914");
		boolean second = request.getQuery() != null && request.getQuery().contains("page=2");
		List<String> shown = !paged ? entries : second ? entries.subList(2, entries.size()) : entries.subList(0, 2);
		String next = paged && !second ? ", \"next_url\": \"{base}/data/kpi/" + kpi + "/municipality/1980/year/"
				+ m.group(2) + "?page=2&per_page=5000\"" : "";
		return new KoladaStub.Answer(200, "{\"count\": " + shown.size() + ", \"values\": [" + String.join(", ", shown)
				+ "]" + next + "}", Map.of(), Duration.ZERO);
	}

	String stored(String kpi, String period, String breakdown) {
		return jdbc.sql("""
				select m.status || ':' || coalesce(m.value::text, 'null') from measurement m
				  join indicator i on i.id = m.indicator_id
				 where i.kolada_kpi = :kpi and m.source = 'Kolada' and m.period = :period and m.breakdown = :breakdown
				""").param("kpi", kpi).param("period", period).param("breakdown", breakdown).query(String.class).single();
	}

	long koladaRows() {
		return jdbc.sql("select count(*) from measurement where source = 'Kolada'").query(Long.class).single();
	}

	@Test
	void storesKoladaFiguresWithMissingAsMissingAndGendersMappedAndChangesNothingTheSecondTime() {
		kolada.respond(KoladaImportTests::answer);
		List<String> kpis = kolada1982.plan().kpis();
		assertThat(kpis).contains("N00914", "N07403", "N15428");

		UUID first = kolada1982.run(Trigger.MANUAL, "samordnare", client);

		ImportRun run = runs.find(first).orElseThrow();
		assertThat(run.state()).as(() -> String.valueOf(runs.problems(first))).isEqualTo(State.SUCCEEDED);
		assertThat(run.kpis()).containsExactlyElementsOf(kpis);
		assertThat(List.of(run.fromYear(), run.toYear())).containsExactly(1979, 1982);
		assertThat(run.source()).isEqualTo("Kolada");
		// N00914 (sysselsättningsgrad, women and men): 1980 for women is missing, never 0
		assertThat(stored("N00914", "1980", "kon=kvinnor")).isEqualTo("MISSING:null");
		assertThat(stored("N00914", "1981", "kon=kvinnor")).isEqualTo("NORMAL:51.5");
		assertThat(stored("N00914", "1981", "kon=man")).isEqualTo("NORMAL:71");
		assertThat(stored("N00914", "1982", "")).isEqualTo("NORMAL:62");
		// N15428 (behöriga till yrkesprogram) is broken down by girls and boys
		assertThat(stored("N15428", "1981", "kon=flickor")).isEqualTo("NORMAL:51.5");
		assertThat(stored("N15428", "1981", "kon=pojkar")).isEqualTo("NORMAL:71");
		// N07403 (anmälda våldsbrott) has totals only: K and M are skipped and noted
		assertThat(stored("N07403", "1981", "")).isEqualTo("NORMAL:61");
		assertThat(runs.problems(first)).anySatisfy(p -> assertThat(p.text())
			.isEqualTo("N07403, gender M: not stored, since the indicator is not broken down by gender (figures for "
					+ "1979–1982)."));
		// N00914 came on two pages, every other KPI on one
		assertThat(run.pages()).isEqualTo(kpis.size() + 1);
		assertThat(run.requests()).isEqualTo(kpis.size() + 1);
		// another test may have stored some of these already
		assertThat(run.added() + run.unchanged()).isEqualTo(run.rowsRead()).isPositive();
		assertThat(run.changed()).isZero();
		assertThat(run.missing()).isPositive();
		long rows = koladaRows();

		UUID second = kolada1982.run(Trigger.NIGHTLY, CurrentUsers.SYSTEM, client);

		ImportRun again = runs.find(second).orElseThrow();
		assertThat(again.state()).isEqualTo(State.SUCCEEDED);
		assertThat(List.of(again.added(), again.changed())).containsExactly(0, 0);
		assertThat(again.unchanged()).isEqualTo(run.rowsRead());
		assertThat(koladaRows()).isEqualTo(rows);
	}

	@Test
	void saysHowManyValuesARunThatWroteValuesWroteAndNeverThatNothingWasImported() throws Exception {
		kolada.respond(KoladaImportTests::answer);
		// so that this run, not an earlier one, is the one that writes them
		jdbc.sql("delete from measurement where source = 'Kolada' and period in ('1979', '1980', '1981', '1982')")
			.update();

		UUID id = kolada1982.run(Trigger.MANUAL, "samordnare", client);

		ImportRun run = runs.find(id).orElseThrow();
		assertThat(run.added()).isPositive();
		String page = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/indicators/imports/" + id)
				.with(TestUsers.as(Role.ANALYST)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Inget importerades")
			.contains("Importen skrev " + run.added() + " värden: " + run.added() + " nya och 0 ändrade.")
			.contains("saknas " + run.missing() + " hos källan");
	}

	@Test
	void reportsAFigureKoladaLacksForABreakdownAsMissingAndNeverAsAFigure() {
		kolada.respond(KoladaImportTests::answer);

		UUID id = kolada1982.run(Trigger.MANUAL, "samordnare", client);

		// N07403 has totals only; Kolada's women's figure for 1980 is null
		List<String> notes = runs.problems(id).stream().map(ImportRuns.Problem::text).toList();
		assertThat(notes).noneMatch(text -> text.startsWith("N07403") && text.contains("has a figure"));
		assertThat(notes).anyMatch(text -> text.startsWith("N07403") && text.contains("gender K")
				&& text.contains("missing at Kolada for 1980"));
		// N00914 is broken down by gender: the same missing figure is stored as missing
		assertThat(stored("N00914", "1980", "kon=kvinnor")).isEqualTo("MISSING:null");
	}

	@Test
	void logsAFailedRunWithKoladasMessageAndAPartlyFailedOneWhenSomeKpisFail() {
		kolada.always(new KoladaStub.Answer(503, "{\"error\": \"nere för underhåll\"}", Map.of(), Duration.ZERO));

		UUID failed = kolada1982.run(Trigger.NIGHTLY, CurrentUsers.SYSTEM, client);

		ImportRun run = runs.find(failed).orElseThrow();
		assertThat(run.state()).isEqualTo(State.FAILED);
		assertThat(run.errorMessage()).contains("503");
		assertThat(run.added()).isZero();

		kolada.respond(request -> request.toString().contains("N07403") ? null : answer(request));

		ImportRun partly = runs.find(kolada1982.run(Trigger.MANUAL, "samordnare", client)).orElseThrow();
		assertThat(partly.state()).isEqualTo(State.PARTLY_FAILED);
		assertThat(partly.errorMessage()).contains("N07403");
	}

	@Test
	void refusesASecondKoladaRunWhileOneIsRunning() {
		UUID running = runs.start(IndicatorImports.Kind.KOLADA, Trigger.NIGHTLY, CurrentUsers.SYSTEM, null,
				List.of("N07403"), "1980", 1979, 1982, "Kolada");
		try {
			assertThatThrownBy(() -> kolada1982.run(Trigger.MANUAL, "samordnare", client))
				.isInstanceOf(Refusal.class);
			assertThat(kolada.requests()).isEmpty();
		}
		finally {
			runs.finish(running, new ImportRuns.Result(State.FAILED, 0, 0, 0, 0, 0, List.of(), 0, "test", List.of(),
					null, null, null));
		}
	}

}
