package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.document.TaggedPdf;
import se.trygghet.followup.FollowUpTestAccess;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanFixtures;

/**
 * The next plan from start to public, in one sitting and only through the pages: the coordinator draws 2024–2027
 * from the adopted plan, ends one activity with a reason, changes one, adds one, links the new one to a prioritised
 * problem of the joint lägesbild on the evidence page and sends the draft on consultation;
 * the reporter of NIFF comments on an activity the committee leads; the coordinator reads and answers the comment,
 * closes the consultation and adopts the draft; the comparison PDF says what the comparison page says; the public
 * site shows the new plan and what became of the old activity, and the old plan's last follow-up (its round page and
 * the ended activity's report) says that it ends and why. axe-core on every page on the way. It works on its
 * own copy of Västerås' plan and archives the adopted copy afterwards, so the shared database keeps Västerås' plan
 * as the current one for the other tests.
 */
class NextPlanFromDraftToPublicTests extends BrowserTest {

	static final String REASON = "Uppdraget ligger numera i ordinarie verksamhet hos nämnden";

	static final String CHANGED = "Kartlägga tryggheten i alla stadsdelar vartannat år.";

	static final String NEW = "Trygghetsvandringar med unga i varje stadsdel.";

	static final String ENDING = "Avslutas i Handlingsplan för trygghetsskapande och brottsförebyggande arbete "
			+ "2024–2027: " + REASON;

	static final String COMMENT = "Nämnden vill att fritidsgårdarnas öppettider prövas först.";

	@Autowired
	ApplicationContext context;

	@Autowired
	FollowUpTestAccess rounds;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path downloads;

	/** Whether the draft was adopted, and so must be archived for the tests after this one. */
	boolean adopted;

	@Test
	void theCoordinatorDraftsConsultsAndAdoptsTheNextPlanAndEveryChannelShowsTheFates() throws Exception {
		signIn("samordnare");
		open("/plans/import");
		Path file = Files.createTempFile("flodet", ".yaml");
		Files.writeString(file, PlanFixtures.vasterasFileWithKey("flodet-2021-2023"));
		find("#file").sendKeys(file.toString());
		submit("form.form");
		String lastRound = "/rounds/" + lastRoundOf("flodet-2021-2023");
		String draft = "/plans/flodet-2024-2027";
		try {
			walkThrough(draft);

			// the old plan's last follow-up tells what the adopted plan ends, and why
			open(lastRound);
			assertThat(text("#endings")).contains("2.3").contains(ENDING);
			assertAccessible();
			follow(all("#round-reports a").stream().filter(a -> a.getText().equals("2.3")).findFirst().orElseThrow());
			assertThat(text("#ending")).isEqualTo(ENDING);
			assertAccessible();
		}
		finally {
			if (adopted) {
				PlanFixtures.archive(context, "flodet-2024-2027");
			}
		}
	}

	/** The plan's follow-up of 2023 (its last round), opened and closed as a coordinator would have run it. */
	private UUID lastRoundOf(String key) {
		ActionPlanId plan = new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = :key")
			.param("key", key)
			.query(UUID.class)
			.single());
		TestUsers.signIn(Role.COORDINATOR);
		try {
			UUID round = rounds.planRound(plan, "2023", "Uppföljning 2023", LocalDate.of(2023, 1, 10),
					LocalDate.of(2023, 3, 1));
			rounds.openRound(round);
			rounds.closeRound(round);
			return round;
		}
		finally {
			TestUsers.signOut();
		}
	}

	/**
	 * A prioritised problem of the latest joint lägesbild (the year the evidence tests also use, the latest any test
	 * writes), stored directly: the lägesbild's own workflow is tested in its module.
	 */
	private UUID prioritised(String title) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into joint_situation_picture (municipality, year, updated_by, updated_at)
				values ('1980', 2100, 'test', now()) on conflict do nothing
				""").update();
		jdbc.sql("""
				insert into prioritised_problem (id, municipality, year, rank, title)
				select :id, '1980', 2100, coalesce(max(rank), 0) + 1, :title from prioritised_problem
				 where municipality = '1980' and year = 2100
				""").param("id", id).param("title", title).update();
		return id;
	}

	private void walkThrough(String draft) throws Exception {
		open("/plans/flodet-2021-2023");
		follow(find("#draft-next"));
		assertAccessible();
		find("#periodTo").clear();
		find("#periodTo").sendKeys("2027");
		submit("form.form");
		assertThat(text("[role=status]")).contains("37 aktiviteter");
		assertAccessible();


		follow(find("a[href='" + draft + "/succession/2.3']"));
		find("#choice-ENDED").click();
		find("#reason").sendKeys(REASON);
		submit("form.form");
		assertThat(text("#section-ENDED")).contains("2.3").contains(REASON);
		assertAccessible();

		follow(find("a[href='" + draft + "/succession/1.1']"));
		assertAccessible();
		follow(find("#change-activity"));
		find("#text").clear();
		find("#text").sendKeys(CHANGED);
		submit("form.form");
		assertAccessible();

		open(draft + "/focus-areas/2/activities/new");
		assertAccessible();
		find("#text").sendKeys(NEW);
		new Select(find("#committee-0")).selectByVisibleText("Tekniska nämnden");
		new Select(find("#lead")).selectByVisibleText("Tekniska nämnden");
		submit("form.form");

		// on the evidence page the coordinator says which activity of the draft takes up a prioritised problem
		UUID problem = prioritised("Otrygghet vid fritidsgårdar (webbtest)");
		open("/planning/flodet-2024-2027/evidence");
		assertThat(find("#problem-" + problem).getAttribute("class")).contains("gap");
		assertAccessible();
		Select activity = new Select(find("#activity-" + problem));
		activity.getOptions().stream().filter(o -> o.getText().endsWith(NEW)).findFirst().orElseThrow().click();
		submit("#problem-" + problem + " form.link-activity");
		assertThat(find("#problem-" + problem).getAttribute("class")).doesNotContain("gap");
		assertThat(text("#problem-" + problem + " ul.decided")).contains(NEW);
		assertAccessible();

		// the draft's own page leads to the pages of its carried focus areas, goals and indicators
		open(draft);
		find("#carried-items summary").click();
		assertAccessible();
		follow(find("#carried-items a[href^='" + draft + "/succession/goals/']"));
		assertThat(text("main h1")).isEqualTo("Vad blir av målet?");
		assertAccessible();

		// from the comparison, where the draft's choices are made, on to the consultation
		open(draft + "/comparison");
		follow(find("a[href^='/consultations/new?plan=']"));
		assertAccessible();
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find("#deadline"),
				LocalDate.now().plusDays(30).toString());
		submit("#send-form");
		assertThat(text("main h1")).startsWith("Remiss: ").endsWith("2024–2027");
		String consultation = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		assertAccessible();

		// the reporter of NIFF comments on 1.3, which NIFF leads, and sends the answer
		driver.manage().deleteAllCookies();
		signIn("rapportor");
		open("/consultations");
		follow(find("#consultations a[href^='" + consultation + "/committees/']"));
		assertAccessible();
		follow(find("a[href$='/activities/1.3']"));
		checkByLabel("position", "Vill ha ändringar");
		find("#text").sendKeys(COMMENT);
		submit("#comment-form");
		assertThat(text("[role=status]")).contains("Kommentaren är sparad.");
		submit("form[action$='/submit']");
		assertThat(text("[role=status]")).contains("Svaret är inlämnat.");
		assertAccessible();

		// the coordinator answers, closes, goes back to the draft and adopts it
		driver.manage().deleteAllCookies();
		signIn("samordnare");
		open(draft + "/comparison");
		follow(find("a[href='" + consultation + "']"));
		assertThat(text("#activity-1\\.3")).contains(COMMENT).contains("Vill ha ändringar");
		follow(find("#activity-1\\.3 a[href$='/reply']"));
		assertAccessible();
		find("#reply").sendKeys("Öppettiderna prövas under 2024 innan aktiviteten startar.");
		submit("#reply-form");
		assertAccessible();
		submit("form[action$='/close']");
		assertThat(text("[role=status]")).contains("Remissen är stängd.");
		assertAccessible();
		follow(find("#consultation-plan a[href='" + draft + "/comparison']"));
		follow(find("a[href='" + draft + "/adopt']"));
		assertAccessible();
		find("#decision").sendKeys("KF 2024/31 § 7");
		find("#adoptedOn").sendKeys("14032024");
		submit("form.form");
		adopted = true;
		assertThat(text("[role=status]")).contains("antagen");

		// the comparison PDF says what the comparison page says
		open(draft + "/comparison");
		assertAccessible();
		String counts = text("#comparison-counts tbody");
		assertThat(text("#count-ENDED")).endsWith("1");
		assertThat(text("#count-CHANGED")).endsWith("1");
		assertThat(text("#count-NEW")).endsWith("1");
		Path pdfFile = download(find("#comparison-pdf"), downloads, ".pdf");
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
			String text = TaggedPdf.mappedText(pdf).replaceAll("\\s+", " ");
			for (String row : counts.split("\n")) {
				assertThat(text).contains(row.strip());
			}
			assertThat(text).contains(REASON, CHANGED, NEW);
		}

		open("/oppen/plan");
		assertThat(text("main h1")).contains("2024–2027");
		assertThat(text("#previous-fates")).contains("Avslutades: " + REASON).contains("Fortsätter ändrad som 1.1");
		assertAccessible();
	}

}
