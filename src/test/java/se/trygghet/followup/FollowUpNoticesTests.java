package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;

/** Notices go out over real SMTP (GreenMail in-process) to the reporters of the committees concerned. */
@PlatformIntegrationTest
class FollowUpNoticesTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	UUID committee(String shortName) {
		return jdbc.sql("select id from committee where short_name = :s").param("s", shortName).query(UUID.class).single();
	}

	void reporter(String username, String email, String committee) throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", username)
			.param("displayName", "Rapportör " + committee)
			.param("email", email)
			.param("password", "ett-langt-losenord")
			.param("roles", "COMMITTEE_REPORTER")
			.param("committeeIds", committee(committee).toString()));
	}

	@Test
	void mailsTheReportersWhenARoundOpensAndWhenTheirReportIsSentBack() throws Exception {
		reporter("mkn-rapportor", "mkn@kommun.example", "MKN");
		reporter("fsn-rapportor", "fsn@kommun.example", "FSN");
		TestUsers.signIn(Role.COORDINATOR);
		RoundId round = followUp.planRound(
				new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
					.query(UUID.class)
					.single()),
				"2087", "Uppföljning 2087", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 1, 1));
		followUp.openRound(round);

		MimeMessage[] opened = smtp.getReceivedMessages();
		assertThat(opened).extracting(MimeMessage::getSubject).containsOnly("Uppföljningen har öppnat: Uppföljning 2087");
		assertThat(Arrays.stream(opened).map(m -> recipient(m)).toList())
			.contains("mkn@kommun.example", "fsn@kommun.example", "rapportor@demo.invalid");

		Report report = reports.ofRound(round)
			.stream()
			.filter(r -> r.activityNumber().toString().equals("2.6"))
			.findFirst()
			.orElseThrow();
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("MKN"));
		followUp.saveDraft(report.id(), report.version(), ReportTests.COMPLETE);
		followUp.submit(report.id(), report.version() + 1);
		TestUsers.signIn(Role.COORDINATOR);
		smtp.purgeEmailFromAllMailboxes();
		followUp.returnReport(report.id(), report.version() + 2, "Ange antalet tillsynsbesök.");

		MimeMessage[] returned = smtp.getReceivedMessages();
		assertThat(returned).extracting(MimeMessage::getSubject)
			.containsOnly("Rapporten har skickats tillbaka: aktivitet 2.6");
		// only MKN's reporters (another test in this class may have added one more)
		assertThat(Arrays.stream(returned).map(m -> recipient(m)).toList()).contains("mkn@kommun.example")
			.allMatch(address -> address.startsWith("mkn"));
		assertThat(returned[0].getContent().toString()).contains("Ange antalet tillsynsbesök.");

		mvc.perform(get("/admin/outbox").with(TestUsers.as(Role.ADMIN)))
			.andExpect(content().string(Matchers.containsString("Rapporten har skickats tillbaka: aktivitet 2.6")))
			.andExpect(content().string(Matchers.containsString("Skickat")));
	}

	@Autowired
	DeadlineReminders reminders;

	@Test
	void remindsOnlyTheCommitteesThatHaveNotSubmittedAndOnlyOnce() throws Exception {
		reporter("mkn-paminnelse", "mkn-p@kommun.example", "MKN");
		reporter("fsn-paminnelse", "fsn-p@kommun.example", "FSN");
		TestUsers.signIn(Role.COORDINATOR);
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		RoundId round = followUp.planRound(
				new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
					.query(UUID.class)
					.single()),
				"2088", "Uppföljning 2088", LocalDate.of(2020, 1, 1), tomorrow);
		followUp.openRound(round);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("MKN"));
		for (Report report : reports.ofRound(round)) {
			if (report.committee().value().equals(committee("MKN"))) {
				followUp.saveDraft(report.id(), report.version(), ReportTests.COMPLETE);
				followUp.submit(report.id(), report.version() + 1);
			}
		}
		TestUsers.signOut();
		smtp.purgeEmailFromAllMailboxes();

		assertThat(reminders.sendDue()).isGreaterThanOrEqualTo(1);

		java.util.List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).endsWith("Uppföljning 2088"))
			.toList();
		assertThat(mine).extracting(MimeMessage::getSubject)
			.containsOnly("Påminnelse: sista dag i morgon – Uppföljning 2088");
		assertThat(mine.stream().map(m -> recipient(m)).toList()).contains("fsn-p@kommun.example")
			.doesNotContain("mkn-p@kommun.example", "mkn@kommun.example");
		assertThat(mine.get(0).getContent().toString()).contains(tomorrow.toString(), "/my-reports");

		smtp.purgeEmailFromAllMailboxes();
		reminders.sendDue();
		assertThat(smtp.getReceivedMessages()).noneMatch(m -> subject(m).endsWith("Uppföljning 2088"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'followup.round.reminded' and subject_id = :r")
			.param("r", round.toString())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
