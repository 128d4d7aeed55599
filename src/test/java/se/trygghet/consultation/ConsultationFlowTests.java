package se.trygghet.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanJournal;
import se.trygghet.system.Refusal;

/**
 * A draft plan on consultation, end to end through the service and the pages: who may comment on what, until when,
 * what the coordinator sees and counts, and that every step is audited and in the plan's history.
 */
@PlatformIntegrationTest
class ConsultationFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsultationService service;

	@Autowired
	Consultations consultations;

	@Autowired
	PlanCatalog catalog;

	@Autowired
	PlanJournal journal;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	ConsultationId sent(ActionPlanId plan, LocalDate deadline) {
		TestUsers.signIn(Role.COORDINATOR);
		try {
			return service.send(plan, deadline);
		}
		finally {
			TestUsers.signOut();
		}
	}

	CommitteeId committee(String shortName) {
		return new CommitteeId(ConsultationFixtures.committee(jdbc, shortName));
	}

	String page(String path, Role role, UUID... committees) throws Exception {
		return mvc.perform(get(path).with(TestUsers.as(role, committees)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void refusesSendingAPlanThatIsNotADraftAndASecondOpenConsultation() throws Exception {
		ActionPlanId adopted = new ActionPlanId(jdbc
			.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'").query(UUID.class).single());
		TestUsers.signIn(Role.COORDINATOR);
		assertThatThrownBy(() -> service.send(adopted, LocalDate.now().plusDays(20)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.send.notDraft"));

		ActionPlanId draft = ConsultationFixtures.importDraft(mvc, jdbc, "remiss-andra", "Remiss andra 2031");
		TestUsers.signIn(Role.COORDINATOR);
		service.send(draft, LocalDate.now().plusDays(20));
		assertThatThrownBy(() -> service.send(draft, LocalDate.now().plusDays(30)))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.send.alreadyOpen"));

		// through the form: the refusal is shown on the page, nothing is sent
		String answer = mvc.perform(post("/consultations").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("plan", adopted.toString())
			.param("deadline", LocalDate.now().plusDays(20).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("Bara ett utkast kan skickas på remiss.");
		assertThat(consultations.ids(adopted)).isEmpty();
	}

	@Test
	void aReporterCommentsOnlyOnActivitiesTheirCommitteeIsNamedOn() throws Exception {
		ActionPlanId draft = ConsultationFixtures.importDraft(mvc, jdbc, "remiss-namngiven", "Remiss namngiven 2031");
		ConsultationId id = sent(draft, LocalDate.now().plusDays(20));
		CommitteeId bn = committee("BN");
		CommitteeId ks = committee("KS");
		String bnPath = "/consultations/" + id + "/committees/" + bn;

		// BN is co-responsible for 1.2 and not named on 1.1
		mvc.perform(post(bnPath + "/activities/1.2").with(csrf())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, bn.value()))
			.param("position", "CANNOT_TAKE_PART")
			.param("text", "Byggnadsnämnden har inga medel för kartläggningar 2025."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(bnPath + "/activities/1.1").with(csrf())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, bn.value()))
			.param("position", "AGREES")
			.param("text", ""))
			.andExpect(status().isForbidden());
		mvc.perform(get(bnPath + "/activities/1.1").with(TestUsers.as(Role.COMMITTEE_REPORTER, bn.value())))
			.andExpect(status().isForbidden());
		// another committee's reporter may neither write nor read BN's answer
		mvc.perform(post(bnPath + "/activities/1.2").with(csrf())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, ks.value()))
			.param("position", "AGREES")
			.param("text", ""))
			.andExpect(status().isForbidden());
		mvc.perform(get(bnPath).with(TestUsers.as(Role.COMMITTEE_REPORTER, ks.value())))
			.andExpect(status().isForbidden());

		TestUsers.signIn(Role.COMMITTEE_REPORTER, bn.value());
		assertThatThrownBy(() -> service.comment(id, bn, ActivityNumber.parse("1.1"), Position.AGREES, ""))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.comment.notNamed"));
		TestUsers.signIn(Role.COMMITTEE_REPORTER, ks.value());
		assertThatThrownBy(() -> service.comment(id, bn, ActivityNumber.parse("1.2"), Position.AGREES, ""))
			.isInstanceOf(AccessDeniedException.class);

		Consultation stored = consultations.byId(id).orElseThrow();
		assertThat(stored.comments()).singleElement().satisfies(c -> {
			assertThat(c.committee()).isEqualTo(bn);
			assertThat(c.position()).isEqualTo(Position.CANNOT_TAKE_PART);
		});
		assertThat(page(bnPath, Role.COMMITTEE_REPORTER, bn.value()))
			.contains("Byggnadsnämnden har inga medel för kartläggningar 2025.");
	}

	@Test
	void refusesCommentsAfterTheLastDay() throws Exception {
		ActionPlanId draft = ConsultationFixtures.importDraft(mvc, jdbc, "remiss-sent", "Remiss sent 2031");
		LocalDate deadline = LocalDate.now().plusDays(3);
		ConsultationId id = sent(draft, deadline);
		CommitteeId ks = committee("KS");
		// the same service on the day after the last day
		ConsultationService later = new ConsultationService(consultations, catalog, journal, currentUsers, events,
				Clock.fixed(deadline.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
		TestUsers.signIn(Role.COMMITTEE_REPORTER, ks.value());
		service.comment(id, ks, ActivityNumber.parse("1.1"), Position.AGREES, "");
		assertThatThrownBy(() -> transactions.executeWithoutResult(
				s -> later.comment(id, ks, ActivityNumber.parse("1.1"), Position.OTHER, "För sent")))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.deadlinePassed"));
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> later.submit(id, ks)))
			.isInstanceOf(Refusal.class);
		assertThat(consultations.byId(id).orElseThrow().comments()).singleElement()
			.satisfies(c -> assertThat(c.position()).isEqualTo(Position.AGREES));
	}

	@Test
	void theCoordinatorsPageCountsAnsweredCommitteesAsTheListDoes() throws Exception {
		ActionPlanId draft = ConsultationFixtures.importDraft(mvc, jdbc, "remiss-rakning", "Remiss räkning 2031");
		ConsultationId id = sent(draft, LocalDate.now().plusDays(20));
		CommitteeId ks = committee("KS");
		CommitteeId bn = committee("BN");
		TestUsers.signIn(Role.COMMITTEE_REPORTER, ks.value(), bn.value());
		service.comment(id, ks, ActivityNumber.parse("1.1"), Position.WANTS_CHANGES, "Lägg till trygghetsvandringar.");
		service.submit(id, ks);
		service.commentOnWhole(id, bn, "Utkastet är tydligt.");
		TestUsers.signOut();
		Consultation.Progress progress = consultations.byId(id).orElseThrow().progress();
		assertThat(progress.answered()).isEqualTo(1);

		String overview = page("/consultations/" + id, Role.COORDINATOR);
		String expected = progress.answered() + " av " + progress.committees() + " nämnder";
		assertThat(text(overview, "id=\"answered-count\">([^<]+)<")).isEqualTo(expected);
		assertThat(text(overview, "id=\"unanswered-count\">([^<]+)<"))
			.isEqualTo(String.valueOf(progress.committees() - progress.answered()));
		assertThat(count(overview, "data-answered=\"true\"")).isEqualTo(progress.answered());
		assertThat(count(overview, "data-answered=\"false\"")).isEqualTo(progress.notAnswered());
		assertThat(overview).contains("Lägg till trygghetsvandringar.", "Utkastet är tydligt.");

		String list = page("/consultations", Role.COORDINATOR);
		String row = list.substring(list.indexOf("Remiss räkning 2031"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains(expected);
	}

	@Test
	void repliesAndClosingAreAuditedAndShownInThePlansHistory() throws Exception {
		ActionPlanId draft = ConsultationFixtures.importDraft(mvc, jdbc, "remiss-historik", "Remiss historik 2031");
		String planPage = page("/plans/remiss-historik", Role.COORDINATOR);
		assertThat(planPage).contains("/consultations/new?plan=" + draft);
		ConsultationId id = sent(draft, LocalDate.now().plusDays(20));
		assertThat(page("/plans/remiss-historik", Role.COORDINATOR)).contains("/consultations/" + id)
			.doesNotContain("/consultations/new?plan=");
		CommitteeId ks = committee("KS");
		TestUsers.signIn(Role.COMMITTEE_REPORTER, ks.value());
		service.comment(id, ks, ActivityNumber.parse("1.2"), Position.CANNOT_LEAD, "Kulturnämnden bör leda.");
		CommentId comment = consultations.byId(id).orElseThrow().comments().get(0).id();

		mvc.perform(post("/consultations/" + id + "/comments/" + comment + "/reply").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("reply", "Ledningen flyttad till Kulturnämnden.")
			.param("draftChanged", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/consultations/" + id + "/close").with(csrf()).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().is3xxRedirection());

		Consultation closed = consultations.byId(id).orElseThrow();
		assertThat(closed.closed()).isTrue();
		assertThat(closed.comments().get(0).reply()).isEqualTo("Ledningen flyttad till Kulturnämnden.");
		assertThat(closed.comments().get(0).draftChanged()).isTrue();
		assertThat(jdbc.sql("select action from audit_entry where subject_id in (:ids) order by id")
			.param("ids", java.util.List.of(id.toString(), comment.toString()))
			.query(String.class)
			.list()).containsExactly("consultation.sent", "consultation.commented", "consultation.replied",
					"consultation.closed");
		String history = page("/plans/remiss-historik/history", Role.VIEWER);
		assertThat(history).contains("Skickad på remiss", "Remisskommentar", "Remisskommentar besvarad",
				"Remissen stängd")
			// a comment's text is for the coordinator and its committee, not for every reader of the history
			.doesNotContain("Kulturnämnden bör leda.");

		TestUsers.signIn(Role.COMMITTEE_REPORTER, ks.value());
		assertThatThrownBy(() -> service.comment(id, ks, ActivityNumber.parse("1.1"), Position.AGREES, ""))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.closed"));
	}

	@Test
	void closingAClosedConsultationWithoutARefererShowsTheRefusalWith409() throws Exception {
		// a browser that sends no Referer (privacy settings) gets the error page, not a failing layout
		ActionPlanId draft = ConsultationFixtures.importDraft(mvc, jdbc, "remiss-stangd", "Remiss stängd 2032");
		ConsultationId id = sent(draft, LocalDate.now().plusDays(20));
		mvc.perform(post("/consultations/" + id + "/close").with(csrf()).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(post("/consultations/" + id + "/close").with(csrf())
				.with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Remissen är stängd.");
	}

	@Test
	void sendsOnceWhenTheSameFormArrivesTwice() throws Exception {
		ActionPlanId draft = ConsultationFixtures.importDraft(mvc, jdbc, "remiss-tva-ganger", "Remiss två gånger 2031");
		String form = page("/consultations/new?plan=" + draft, Role.COORDINATOR);
		String key = text(form, "name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"");
		String[] redirects = new String[2];
		for (int i = 0; i < 2; i++) {
			redirects[i] = mvc.perform(post("/consultations").with(csrf())
				.with(TestUsers.as(Role.COORDINATOR))
				.param("idempotencyKey", key)
				.param("plan", draft.toString())
				.param("deadline", LocalDate.now().plusDays(20).toString()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
		}
		assertThat(redirects[1]).isEqualTo(redirects[0]);
		assertThat(consultations.ids(draft)).singleElement()
			.satisfies(id -> assertThat(redirects[0]).isEqualTo("/consultations/" + id));
	}

	private static String text(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1).strip();
	}

	private static int count(String html, String needle) {
		return html.split(Pattern.quote(needle), -1).length - 1;
	}

}
