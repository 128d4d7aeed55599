package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round's progress is counted once and shown alike everywhere: the headline, the table per committee, the table per
 * focus area, the rounds list, the API and the export all count lead committees' reports and co-responsible committees'
 * contributions apart, and call a report done when it is submitted or approved.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundProgressTests {

	private static final Pattern OF = Pattern.compile("(\\d+) av (\\d+) \\((\\d+) %\\)");

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	ReportExport export;

	@Autowired
	JdbcClient jdbc;

	RoundId round;

	/** Every lead report of Kommunstyrelsen done (one approved), and one contribution of another committee. */
	@BeforeAll
	void aRoundWhereOneCommitteeHasReportedEverythingItLeads() {
		TestUsers.signIn(Role.COORDINATOR);
		ActionPlanId plan = new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(UUID.class)
			.single());
		round = followUp.planRound(plan, "2074", "Uppföljning 2074", LocalDate.of(2020, 1, 1),
				LocalDate.of(2099, 1, 1));
		followUp.openRound(round);
		UUID ks = jdbc.sql("select id from committee where short_name = 'KS'").query(UUID.class).single();
		List<Report> leads = reports.ofRound(round)
			.stream()
			.filter(r -> r.kind() == Report.Kind.ACTIVITY_REPORT && r.committee().value().equals(ks))
			.toList();
		Report contribution = reports.ofRound(round)
			.stream()
			.filter(r -> r.kind() == Report.Kind.CONTRIBUTION && !r.committee().value().equals(ks))
			.findFirst()
			.orElseThrow();
		for (Report report : leads) {
			submit(report, ks);
		}
		submit(contribution, contribution.committee().value());
		TestUsers.signIn(Role.COORDINATOR);
		Report first = reports.ofRound(round)
			.stream()
			.filter(r -> r.id().equals(leads.get(0).id()))
			.findFirst()
			.orElseThrow();
		followUp.approve(first.id(), first.version());
		TestUsers.signOut();
	}

	private void submit(Report report, UUID committee) {
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee);
		followUp.saveDraft(report.id(), report.version(), ReportTests.COMPLETE);
		followUp.submit(report.id(), report.version() + 1);
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void countsTheSameReportsAndContributionsInTheHeadlineTheTablesTheApiAndTheExport() throws Exception {
		Count[] counted = countedAlikeEverywhere(round, "Uppföljning 2074");
		assertThat(counted[0].total()).isEqualTo(37);
		assertThat(counted[1].total()).isEqualTo(76);
		assertThat(counted[1].done()).isEqualTo(1);
	}

	@Test
	void theDemosPublishedRoundShowsTheContributionsOfSomeCoResponsibleCommitteesAlikeEverywhere() throws Exception {
		RoundId demo = new RoundId(jdbc.sql("select id from reporting_round where demo and period = '2022'")
			.query(UUID.class)
			.single());
		Count contributions = countedAlikeEverywhere(demo, "Uppföljning 2022 (demodata)")[1];
		assertThat(contributions.total()).isEqualTo(76);
		// a realistic share: most co-responsible committees wrote, not none and not all
		assertThat(contributions.done()).isBetween(contributions.total() / 2, contributions.total() - 1);
	}

	/**
	 * Checks that the headline, both tables, the rounds list, the API and the export count the round's lead reports
	 * and contributions alike; returns the two headline counts (reports, contributions).
	 */
	private Count[] countedAlikeEverywhere(RoundId round, String title) throws Exception {
		String page = mvc.perform(get("/rounds/" + round).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Count reportsHeadline = Count.of(element(page, "round-progress"));
		Count contributionsHeadline = Count.of(element(page, "round-contributions"));

		// per committee: one column for the reports it leads, one for its contributions
		List<List<String>> committees = rows(table(page, "by-committee"));
		assertThat(committees).isNotEmpty();
		assertThat(sum(committees, 1)).isEqualTo(reportsHeadline);
		assertThat(sum(committees, 2)).isEqualTo(contributionsHeadline);
		// a committee with nothing of a kind shows a dash, never "0 av 0 (0 %)"
		assertThat(committees).anySatisfy(row -> assertThat(row).contains("–"))
			.noneSatisfy(row -> assertThat(String.join(" ", row)).contains("0 av 0"));

		// per focus area: the lead reports by status; all of them, reported or not
		int byFocusArea = rows(table(page, "by-focus-area")).stream()
			.mapToInt(row -> row.subList(1, row.size()).stream().mapToInt(Integer::parseInt).sum())
			.sum();
		assertThat(byFocusArea).isEqualTo(reportsHeadline.total());

		String list = mvc.perform(get("/rounds").with(TestUsers.as(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> listed = rows(table(list, "rounds")).stream()
			.filter(row -> row.get(0).startsWith(title))
			.findFirst()
			.orElseThrow();
		assertThat(Count.of(listed.get(4))).isEqualTo(reportsHeadline);
		assertThat(Count.of(listed.get(5))).isEqualTo(contributionsHeadline);

		JsonNode api = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/api/v1/rounds").with(TestUsers.as(Role.COORDINATOR)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		JsonNode mine = null;
		for (JsonNode r : api) {
			if (r.get("id").asString().equals(round.toString())) {
				mine = r;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(new Count(mine.get("submitted").asInt() + mine.get("approved").asInt(), mine.get("reports").asInt()))
			.isEqualTo(reportsHeadline);
		assertThat(new Count(mine.get("contributionsSubmitted").asInt() + mine.get("contributionsApproved").asInt(),
				mine.get("contributions").asInt()))
			.isEqualTo(contributionsHeadline);

		List<List<String>> exported = export.rows(round, Locale.forLanguageTag("sv"));
		assertThat(exported(exported, "Rapport (ledande nämnd)")).isEqualTo(reportsHeadline);
		assertThat(exported(exported, "Bidrag (medansvarig nämnd)")).isEqualTo(contributionsHeadline);
		return new Count[] { reportsHeadline, contributionsHeadline };
	}

	/** Done of all, as "12 av 37 (32 %)" reads; the percentage must be the one these two numbers give. */
	record Count(int done, int total) {

		static Count of(String text) {
			Matcher m = OF.matcher(text);
			assertThat(m.find()).as("\"a av b (c %)\" in " + text).isTrue();
			Count count = new Count(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			assertThat(Integer.parseInt(m.group(3))).as(text).isEqualTo(Math.round(100f * count.done / count.total));
			return count;
		}

	}

	private static Count sum(List<List<String>> rows, int column) {
		int done = 0;
		int total = 0;
		for (List<String> row : rows) {
			if (!row.get(column).equals("–")) {
				Count count = Count.of(row.get(column));
				done += count.done();
				total += count.total();
			}
		}
		return new Count(done, total);
	}

	private static Count exported(List<List<String>> rows, String kind) {
		List<List<String>> ofKind = rows.subList(1, rows.size())
			.stream()
			.filter(row -> row.get(2).equals(kind))
			.toList();
		int done = (int) ofKind.stream()
			.filter(row -> row.get(4).equals("Inskickad") || row.get(4).equals("Godkänd"))
			.count();
		return new Count(done, ofKind.size());
	}

	private static String element(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("element #" + id).isTrue();
		return m.group(1).strip();
	}

	private static String table(String html, String id) {
		Matcher m = Pattern.compile("<table[^>]*id=\"" + id + "\"[^>]*>(.*?)</table>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("table #" + id).isTrue();
		return m.group(1);
	}

	/** The body rows' cells as text, without tags. */
	private static List<List<String>> rows(String table) {
		String body = table.substring(table.indexOf("<tbody>"));
		List<List<String>> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
			while (cell.find()) {
				cells.add(cell.group(1)
					.replaceAll("<[^>]+>", " ")
					.replace("&nbsp;", " ")
					.replaceAll("\\s+", " ")
					.strip());
			}
			rows.add(cells);
		}
		return rows;
	}

}
