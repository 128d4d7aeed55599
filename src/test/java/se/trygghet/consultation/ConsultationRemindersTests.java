package se.trygghet.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;

/**
 * Reminders before a consultation's last day go by mail (recorded in the outbox) to the reporters of the committees
 * that have not submitted their answer, once per committee and reminder day, however often the job runs. The job is
 * run with a clock set to the days around the last day.
 */
@PlatformIntegrationTest
class ConsultationRemindersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsultationService service;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	void reporter(String username, String email, UUID committee) throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", username)
			.param("displayName", "Rapportör " + username)
			.param("email", email)
			.param("password", "ett-langt-losenord")
			.param("roles", "COMMITTEE_REPORTER")
			.param("committeeIds", committee.toString()));
	}

	/** The job as it runs on the given day, in the municipality's zone, in a transaction as the scheduler runs it. */
	int runOn(LocalDate day) {
		ZoneId zone = ZoneId.systemDefault();
		ConsultationReminders reminders = new ConsultationReminders(jdbc, events,
				Clock.fixed(day.atTime(7, 0).atZone(zone).toInstant(), zone), List.of(7, 1));
		return transactions.execute(status -> reminders.sendDue());
	}

	List<String> recipientsOfReminders(String planName) {
		return jdbc.sql("select recipients from mail_outbox where subject like :s order by id")
			.param("s", "Påminnelse: remissen stänger % – " + planName)
			.query(String.class)
			.list();
	}

	@Test
	void remindsOnlyCommitteesWithoutASubmittedAnswerOncePerReminderDay() throws Exception {
		String name = "Remiss påminnelse 2031";
		ActionPlanId draft = ConsultationFixtures.importDraft(mvc, jdbc, "remiss-paminnelse", name);
		UUID ks = ConsultationFixtures.committee(jdbc, "KS");
		UUID bn = ConsultationFixtures.committee(jdbc, "BN");
		reporter("ks-remiss", "ks-remiss@kommun.example", ks);
		reporter("bn-remiss", "bn-remiss@kommun.example", bn);
		LocalDate deadline = LocalDate.now().plusDays(10);
		TestUsers.signIn(Role.COORDINATOR);
		ConsultationId id = service.send(draft, deadline);
		assertThat(jdbc.sql("select recipients from mail_outbox where subject = :s")
			.param("s", "Remiss: " + name)
			.query(String.class)
			.single()).contains("ks-remiss@kommun.example", "bn-remiss@kommun.example");
		TestUsers.signIn(Role.COMMITTEE_REPORTER, ks);
		service.comment(id, new CommitteeId(ks), ActivityNumber.parse("1.1"), Position.AGREES, "");
		service.submit(id, new CommitteeId(ks));
		TestUsers.signOut();

		runOn(deadline.minusDays(8));
		assertThat(recipientsOfReminders(name)).isEmpty();

		runOn(deadline.minusDays(7));
		assertThat(recipientsOfReminders(name)).singleElement()
			.satisfies(to -> assertThat(to).contains("bn-remiss@kommun.example").doesNotContain("ks-remiss"));
		int committees = jdbc.sql("select count(*) from consultation_committee where consultation_id = :c")
			.param("c", id.value())
			.query(Integer.class)
			.single();
		assertThat(reminded(id, deadline.minusDays(7))).hasSize(committees - 1).doesNotContain(ks);

		// again the same day, and on a day that is no reminder day: nothing more
		runOn(deadline.minusDays(7));
		runOn(deadline.minusDays(5));
		assertThat(recipientsOfReminders(name)).hasSize(1);

		runOn(deadline.minusDays(1));
		assertThat(recipientsOfReminders(name)).hasSize(2);
		runOn(deadline.plusDays(1));
		assertThat(recipientsOfReminders(name)).hasSize(2);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'consultation.reminded' and subject_id = :c")
			.param("c", id.toString())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private List<UUID> reminded(ConsultationId id, LocalDate day) {
		return jdbc.sql("select committee_id from consultation_reminder where consultation_id = :c and reminder_day = :d")
			.param("c", id.value())
			.param("d", day)
			.query(UUID.class)
			.list();
	}

}
