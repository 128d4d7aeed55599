package se.trygghet.residentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.indicator.Period;
import se.trygghet.system.Refusal;

/** Residents report, staff handle, the resident follows; against the demo areas of Västerås. */
@PlatformIntegrationTest
class ResidentReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResidentReporting reporting;

	@Autowired
	CaseHandling handling;

	@Autowired
	ResidentReportJobs jobs;

	@Autowired
	UnsafePlaceReports indicator;

	@Autowired
	AreaCatalog areas;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	/** A place of its own in central Västerås, so tests do not see each other's reports as nearby. */
	static double[] somewhere() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new double[] { 59.58 + random.nextDouble() * 0.08, 16.45 + random.nextDouble() * 0.18 };
	}

	/** A client address of its own, so the rate limit counts this test's submissions only. */
	static String client() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	static MockHttpServletRequestBuilder form(String address, double[] place, String category, String description) {
		return post("/rapportera").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		})
			.param("category", category)
			.param("latitude", Double.toString(place[0]))
			.param("longitude", Double.toString(place[1]))
			.param("description", description);
	}

	long reports() {
		return jdbc.sql("select count(*) from resident_report").query(Long.class).single();
	}

	String tokenOf(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/rapportera/");
		return location.substring("/rapportera/".length());
	}

	ResidentReporting.Submitted submit(String category, double[] place, String description, String email) {
		return reporting.submit(new NewResidentReport(category, place[0], place[1], description, email), null, "WEB",
				null, false);
	}

	@Test
	void refusesAPlaceOutsideTheMunicipalityWithAClearMessageAndStoresNothing() throws Exception {
		long before = reports();
		mvc.perform(form(client(), new double[] { 59.3293, 18.0686 }, "belysning", "Mörk gångväg"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("utanför Västerås kommun")))
			.andExpect(content().string(Matchers.containsString("Mörk gångväg")));
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void storesAReportWithAPhotoRoutesItToTheCommitteeAndRedirectsToThePrivateLink() throws Exception {
		double[] place = somewhere();
		MockMultipartFile photo = new MockMultipartFile("photo", "IMG_0001.JPG", "image/jpeg",
				ResidentPhotoTests.jpegWithGps());
		MvcResult result = mvc.perform(multipart("/rapportera").file(photo).with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		})
			.param("category", "belysning")
			.param("latitude", Double.toString(place[0]))
			.param("longitude", Double.toString(place[1]))
			.param("description", "Tre lampor är trasiga längs gångvägen")
			.param("email", "boende@example.se"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String token = tokenOf(result);
		assertThat(token).hasSize(43);
		var stored = jdbc.sql("""
				select r.committee_name, r.committee_id is not null, r.status, r.published, p.cleaned, p.original
				  from resident_report r join resident_report_photo p on p.report_id = r.id where r.token = :t
				""").param("t", token).query((rs, n) -> new Object[] { rs.getString(1), rs.getBoolean(2),
				rs.getString(3), rs.getBoolean(4), rs.getBytes(5), rs.getBytes(6) }).single();
		assertThat(stored[0]).isEqualTo("Tekniska nämnden");
		assertThat(stored[1]).as("found among the plan's committees").isEqualTo(true);
		assertThat(stored[2]).isEqualTo("INKOMMEN");
		assertThat(stored[3]).as("nothing public before moderation").isEqualTo(false);
		assertThat(ResidentPhotoTests.contains((byte[]) stored[4], "Exif".getBytes())).isFalse();
		assertThat(ResidentPhotoTests.hasApp1((byte[]) stored[4])).isFalse();
		assertThat(ResidentPhotoTests.contains((byte[]) stored[5], "Exif".getBytes())).as("original kept internally")
			.isTrue();
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipients = 'boende@example.se' and body like :l")
			.param("l", "%/rapportera/" + token + "%").query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/rapportera/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tre lampor är trasiga")))
			.andExpect(header().string("Cache-Control", "no-store"));
		mvc.perform(get("/rapportera/" + token + "/foto"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"));
	}

	@Test
	void showsACoordinateThatIsNotANumberBesideItsFieldWithEveryOtherProblemAndKeepsWhatWasTyped() throws Exception {
		long before = reports();
		mvc.perform(post("/rapportera").with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		}).param("category", "").param("latitude", "59,61").param("longitude", "16.54").param("description", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-error-summary")))
			.andExpect(content().string(Matchers.containsString("id=\"latitude-error\"")))
			.andExpect(content().string(Matchers.containsString("Skriv latituden som ett tal med punkt")))
			.andExpect(content().string(Matchers.containsString("id=\"category-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"description-error\"")))
			.andExpect(content().string(Matchers.containsString("value=\"59,61\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Ange platsen"))));
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void refusesPersonalIdentityAndPhoneNumbersInTheDescriptionAndKeepsWhatWasTyped() throws Exception {
		long before = reports();
		mvc.perform(form(client(), somewhere(), "klotter", "Han bor där, 19850710-1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ser ut som ett personnummer")))
			.andExpect(content().string(Matchers.containsString("Han bor där, 19850710-1234")));
		mvc.perform(form(client(), somewhere(), "klotter", "Ring 070-123 45 67"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ser ut som ett telefonnummer")));
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void refusesANonImageAndKeepsWhatWasTyped() throws Exception {
		long before = reports();
		double[] place = somewhere();
		MockMultipartFile photo = new MockMultipartFile("photo", "bild.jpg", "image/jpeg",
				"<script>alert(1)</script>".getBytes());
		mvc.perform(multipart("/rapportera").file(photo).with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		})
			.param("category", "klotter")
			.param("latitude", Double.toString(place[0]))
			.param("longitude", Double.toString(place[1]))
			.param("description", "Klotter på tunnelns väggar"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("inte en bild")))
			.andExpect(content().string(Matchers.containsString("Klotter på tunnelns väggar")));
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void answersTooManyRequestsWithAClearSwedishMessageAfterFiveReports() throws Exception {
		String address = client();
		for (int i = 0; i < 5; i++) {
			mvc.perform(form(address, somewhere(), "nedskrapning", "Skräp vid bänken " + i).param("confirmedNew", "true"))
				.andExpect(status().is3xxRedirection());
		}
		long before = reports();
		mvc.perform(form(address, somewhere(), "nedskrapning", "En sjätte rapport").param("confirmedNew", "true"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(Matchers.containsString("Vänta 10 minuter och försök igen")))
			.andExpect(content().string(Matchers.containsString("En sjätte rapport")));
		assertThat(reports()).isEqualTo(before);
		mvc.perform(form(client(), somewhere(), "nedskrapning", "Någon annan").param("confirmedNew", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void storesNothingWhenTheHoneypotIsFilledIn() throws Exception {
		long before = reports();
		mvc.perform(form(client(), somewhere(), "ovrigt", "Köp billiga klockor").param("website", "http://spam.example"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/rapportera"));
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void offersAnOpenReportOfTheSameKindNearbyAndCountsASamePressAsAFollower() throws Exception {
		double[] place = somewhere();
		ResidentReporting.Submitted first = submit("otrygg-passage", place, "Tunneln under vägen är mörk", null);
		long before = reports();
		// about 20 m north: offered instead of being stored
		double[] near = { place[0] + 0.00018, place[1] };
		mvc.perform(form(client(), near, "otrygg-passage", "Mörk tunnel"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Har någon redan rapporterat problemet?")))
			.andExpect(content().string(Matchers.containsString("/rapportera/" + first.number() + "/samma")))
			.andExpect(content().string(Matchers.containsString("Nej, skicka som en ny rapport")));
		assertThat(reports()).isEqualTo(before);
		// another category at the same place is another problem
		mvc.perform(form(client(), near, "belysning", "Lampan är trasig")).andExpect(status().is3xxRedirection());

		mvc.perform(post("/rapportera/" + first.number() + "/samma").with(csrf()).with(r -> {
			r.setRemoteAddr(client());
			return r;
		}).param("email", "granne@example.se"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select email from resident_report_follower where report_id = :id")
			.param("id", first.id().value()).query(String.class).list()).containsExactly("granne@example.se");
		mvc.perform(form(client(), near, "otrygg-passage", "Mörk tunnel").param("confirmedNew", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aPrivateLinkOpensOnlyItsOwnReport() throws Exception {
		ResidentReporting.Submitted mine = submit("klotter", somewhere(), "Klotter på min port", null);
		ResidentReporting.Submitted theirs = submit("klotter", somewhere(), "Klotter på grannens garage", null);
		mvc.perform(get("/rapportera/" + mine.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Klotter på min port")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("grannens garage"))));
		String guessed = mine.token().substring(0, 42) + (mine.token().endsWith("A") ? "B" : "A");
		mvc.perform(get("/rapportera/" + guessed)).andExpect(status().isNotFound());
		mvc.perform(get("/rapportera/" + theirs.number())).andExpect(status().isNotFound());
		mvc.perform(get("/rapportera/" + guessed + "/foto")).andExpect(status().isNotFound());

		TestUsers.signIn(Role.COORDINATOR);
		handling.changeStatus(theirs.id(), ReportStatus.ATGARDAD, "Klottret är sanerat.", null, null, 0);
		TestUsers.signOut();
		// my link cannot say "not fixed" about their report: mine is not fixed, so nothing moves anywhere
		mvc.perform(post("/rapportera/" + mine.token() + "/inte-atgardat").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(theirs.id())).isEqualTo("ATGARDAD");
		assertThat(statusOf(mine.id())).isEqualTo("INKOMMEN");
	}

	String statusOf(ResidentReportId id) {
		return jdbc.sql("select status from resident_report where id = :id").param("id", id.value()).query(String.class).single();
	}

	long mails(String to, String subjectLike) {
		return jdbc.sql("select count(*) from mail_outbox where recipients = :to and subject like :s")
			.param("to", to).param("s", subjectLike).query(Long.class).single();
	}

	@Test
	void mailsTheReporterAtEachChangeAsksFourWeeksAfterFixedAndReopensOnTheirAnswer() throws Exception {
		String email = "fraga-" + UUID.randomUUID() + "@example.se";
		ResidentReporting.Submitted report = submit("buskage", somewhere(), "Slyet skymmer sikten vid stigen", email);
		TestUsers.signIn(Role.COORDINATOR);
		handling.moderate(report.id(), "Sly skymmer sikten vid stigen", true, false, 0);
		handling.changeStatus(report.id(), ReportStatus.MOTTAGEN, "Tekniska förvaltningen har fått ärendet.", null,
				null, 1);
		handling.changeStatus(report.id(), ReportStatus.ATGARDAD, "Slyet är röjt.", null, null, 2);
		TestUsers.signOut();
		assertThat(mails(email, "Ärende " + report.number() + ": %")).isEqualTo(2);

		jobs.askWhetherFixed();
		assertThat(mails(email, "Är det åtgärdat?%")).as("not before four weeks").isZero();
		jdbc.sql("update resident_report set fixed_at = fixed_at - interval '29 days' where id = :id")
			.param("id", report.id().value()).update();
		jobs.askWhetherFixed();
		jobs.askWhetherFixed();
		assertThat(mails(email, "Är det åtgärdat?%")).as("once").isEqualTo(1);

		mvc.perform(get("/rapportera/" + report.token()))
			.andExpect(content().string(Matchers.containsString("Nej, det är inte åtgärdat")));
		mvc.perform(post("/rapportera/" + report.token() + "/inte-atgardat").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(report.id())).isEqualTo("MOTTAGEN");
		assertThat(jdbc.sql("select action from audit_entry where subject_id = :id order by at desc, id desc limit 1")
			.param("id", report.id().toString()).query(String.class).single()).isEqualTo("residentreport.reopened");
	}

	@Test
	void refusesAStaleVersionAndAClosingWithoutReasonOnThePage() throws Exception {
		ResidentReporting.Submitted report = submit("ovrigt", somewhere(), "Något är fel vid lekplatsen", null);
		mvc.perform(post("/resident-reports/" + report.id() + "/status").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("status", "AVSLUTAD")
			.param("publicText", "Vi gör inget.")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Skriv varför ärendet avslutas utan åtgärd")));
		mvc.perform(post("/resident-reports/" + report.id() + "/status").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("status", "MOTTAGEN")
			.param("publicText", "Mottaget.")
			.param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Någon annan har sparat en ändring")));
		assertThat(statusOf(report.id())).isEqualTo("INKOMMEN");
	}

	@Test
	void letsACommitteeReporterHandleOnlyCasesRoutedToTheirCommittee() throws Exception {
		ResidentReporting.Submitted report = submit("belysning", somewhere(), "Lampan blinkar", null);
		UUID technical = jdbc.sql("select committee_id from resident_report where id = :id").param("id", report.id().value())
			.query(UUID.class).single();
		TestUsers.signIn(Role.COMMITTEE_REPORTER, UUID.randomUUID());
		assertThatThrownBy(() -> handling.changeStatus(report.id(), ReportStatus.MOTTAGEN, "Mottaget", null, null, 0))
			.isInstanceOf(AccessDeniedException.class);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, technical);
		handling.changeStatus(report.id(), ReportStatus.MOTTAGEN, "Mottaget", null, null, 0);
		assertThat(statusOf(report.id())).isEqualTo("MOTTAGEN");
		mvc.perform(get("/resident-reports/" + report.id()).with(TestUsers.as(Role.COMMITTEE_REPORTER, UUID.randomUUID())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/resident-reports").with(TestUsers.as(Role.COMMITTEE_REPORTER, technical)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(report.id().toString())));
	}

	@Test
	void answersACaseIdThatIsNotAnIdAsABadRequest() throws Exception {
		mvc.perform(get("/resident-reports/inte-ett-id").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/resident-reports/12345/photo").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void deletesAddressesAndOriginalPhotosAConfiguredTimeAfterACaseClosed() {
		ResidentReporting.Submitted report = reporting.submit(new NewResidentReport("skadegorelse",
				somewhere()[0], 16.55, "Krossad busskur", "gammal@example.se"),
				ReportPhotos.clean(ResidentPhotoTests.pngBytes()), "WEB", null, false);
		reporting.support(report.number(), "foljare@example.se");
		TestUsers.signIn(Role.COORDINATOR);
		handling.changeStatus(report.id(), ReportStatus.HANVISAD, "Hänvisat till fastighetsägaren.", null,
				"Fastighetsägaren", 0);
		jobs.deletePersonalData();
		assertThat(jdbc.sql("select email from resident_report where id = :id").param("id", report.id().value())
			.query(String.class).optional()).as("not yet").isPresent();
		jdbc.sql("update resident_report set closed_at = closed_at - interval '91 days' where id = :id")
			.param("id", report.id().value()).update();
		jobs.deletePersonalData();
		assertThat(jdbc.sql("select count(*) from resident_report where id = :id and email is null")
			.param("id", report.id().value()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from resident_report_follower where report_id = :id and email is not null")
			.param("id", report.id().value()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select original is null and cleaned is not null from resident_report_photo where report_id = :id")
			.param("id", report.id().value()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void countsReportsPerPeriodAndAreaWithSubAreasAndADuplicateStaffMarkedOnce() {
		AreaCatalog.AreaRef kommun = areas.atLevel("1980", AreaLevel.KOMMUN).get(0);
		Period thisYear = Period.year(se.trygghet.TestTimes.today().getYear());
		long before = indicator.count(thisYear, kommun.id());
		ResidentReporting.Submitted original = submit("langning", new double[] { 59.6150, 16.5450 },
				"Langning vid skolan på kvällarna", null);
		ResidentReporting.Submitted duplicate = submit("langning", new double[] { 59.6151, 16.5451 },
				"Samma sak vid skolan", "dubblett@example.se");
		assertThat(indicator.count(thisYear, kommun.id())).isEqualTo(before + 2);
		TestUsers.signIn(Role.COORDINATOR);
		assertThatThrownBy(() -> handling.markDuplicate(duplicate.id(), duplicate.number(), 0))
			.as("not a duplicate of itself").isInstanceOf(Refusal.class);
		handling.markDuplicate(duplicate.id(), original.number(), 0);
		assertThat(statusOf(duplicate.id())).isEqualTo("AVSLUTAD");
		assertThat(jdbc.sql("select email from resident_report_follower where report_id = :id")
			.param("id", original.id().value()).query(String.class).list()).as("its reporter now follows the original")
			.contains("dubblett@example.se");
		assertThat(indicator.count(thisYear, kommun.id())).isEqualTo(before + 1);
		assertThat(indicator.count(Period.year(thisYear.year() - 5), kommun.id())).isZero();
		UUID smallest = jdbc.sql("select area_id from resident_report where id = :id").param("id", original.id().value())
			.query(UUID.class).single();
		assertThat(smallest).as("located in a sub-area, counted for the municipality above it")
			.isNotEqualTo(kommun.id().value());
	}

}
