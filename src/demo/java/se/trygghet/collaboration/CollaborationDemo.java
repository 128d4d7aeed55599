package se.trygghet.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.actor.ActorId;

/**
 * For the demo only, every row marked demo: a past Trygghetsråd meeting with attendance and decisions (one overdue),
 * an open satisfaction survey with a few answers, and a published medborgarlöfte on an invented
 * samverkansöverenskommelse with one follow-up.
 */
@Component
@Profile("demo")
class CollaborationDemo {

	private final Forums forums;

	private final Meetings meetings;

	private final Surveys surveys;

	private final CitizenPromises promises;

	private final Participants participants;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CollaborationDemo(Forums forums, Meetings meetings, Surveys surveys, CitizenPromises promises,
			Participants participants, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.forums = forums;
		this.meetings = meetings;
		this.surveys = surveys;
		this.promises = promises;
		this.participants = participants;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(40)
	void createDemoData() {
		if (jdbc.sql("select exists (select 1 from meeting where demo)").query(Boolean.class).single()) {
			return;
		}
		var council = forums.byName(CollaborationBootstrap.TRYGGHETSRADET);
		var police = participants.actorNamed("Polisen");
		if (council.isEmpty() || police.isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> create(council.get().id(), new ActorId(police.get())));
	}

	private void create(ForumId council, ActorId police) {
		LocalDate today = LocalDate.now(clock);
		Set<Participant> present = new LinkedHashSet<>();
		forums.members(council).forEach(m -> present.add(m.participant()));
		participants.actorNamed("Region Västmanland").ifPresent(id -> present.add(Participant.of(new ActorId(id))));
		MeetingId meeting = meetings.add(new Meetings.NewMeeting(council, today.minusMonths(2),
				"Stadshuset, sal A (demo)",
				List.of(AgendaItem.topic("Gemensam lägesbild: ungdomsbrottslighet i centrum (demo)"),
						AgendaItem.topic("Uppföljning av medborgarlöftet (demo)")),
				present, true));
		jdbc.sql("""
				insert into meeting_decision (id, meeting_id, position, text, responsible, due_on, status)
				values (:a, :m, 1, 'Kartlägga otrygga platser kring resecentrum (demo)', 'Stadsledningskontoret',
				        :overdue, 'OPEN'),
				       (:b, :m, 2, 'Bjuda in fastighetsägarna till nästa möte (demo)', 'Polisen', :later, 'OPEN')
				""")
			.param("a", UUID.randomUUID()).param("b", UUID.randomUUID()).param("m", meeting.value())
			.param("overdue", today.minusWeeks(2)).param("later", today.plusMonths(1))
			.update();

		SurveyId survey = surveys.add(council, today.getYear(), true);
		jdbc.sql("update survey set state = 'OPEN' where id = :id").param("id", survey.value()).update();
		int[][] answers = { { 4, 3 }, { 5, 4 }, { 3, 3 }, { 4, 4 }, { 4, 2 }, { 2, 3 } };
		for (int[] answer : answers) {
			surveys.answer(surveys.get(survey).token(), answer[0], answer[1]);
		}

		AgreementId agreement = promises.addAgreement("Samverkansöverenskommelse Västerås stad och Polisen (demo)",
				"Västerås stad, Polisen lokalpolisområde Västerås", LocalDate.of(today.getYear() - 1, 1, 1),
				LocalDate.of(today.getYear() + 1, 12, 31), "Demodata – ingen verklig handling", true);
		CitizenPromiseId promise = promises.add(new CitizenPromises.NewPromise(today.getYear(), "Västerås stad",
				police, null,
				"Vi ska tillsammans öka tryggheten kring resecentrum kvällstid genom fler vuxna på plats och bättre "
						+ "belysning (demo).",
				agreement, true));
		jdbc.sql("update citizen_promise set published = true, created_on = :made where id = :id")
			.param("made", today.minusMonths(7)).param("id", promise.value()).update();
		jdbc.sql("""
				insert into citizen_promise_follow_up (id, promise_id, followed_on, status, text, published)
				values (:id, :p, :on, 'ON_TRACK', 'Belysningen är utbytt; nattvandringen har startat (demo).', true)
				""")
			.param("id", UUID.randomUUID()).param("p", promise.value()).param("on", today.minusMonths(1))
			.update();
	}

}
