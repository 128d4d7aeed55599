package se.trygghet.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.actor.ActorId;
import se.trygghet.system.Refusal;

/** The satisfaction arithmetic and the follow-up rule of promises, without Spring. */
class ForumSatisfactionTests {

	@Test
	void withholdsMeanAndDistributionBelowFiveAnswers() {
		Satisfaction four = Satisfaction.of(5, 5, 4, 1);
		assertThat(four.n()).isEqualTo(4);
		assertThat(four.suppressed()).isTrue();
		assertThat(four.mean()).isEmpty();
		assertThat(four.index()).isEmpty();
		assertThat(four.distribution()).isEmpty();
	}

	@Test
	void givesTheMeanAndTheIndexFromFiveAnswers() {
		Satisfaction five = Satisfaction.of(5, 5, 4, 1, 3);
		assertThat(five.mean().getAsDouble()).isCloseTo(3.6, within(1e-9));
		// (3.6 − 1) / 4 × 100
		assertThat(five.index().getAsDouble()).isCloseTo(65.0, within(1e-9));
		assertThat(five.distribution()).containsExactly(1L, 0L, 1L, 1L, 2L);
		assertThat(Satisfaction.of(1, 1, 1, 1, 1).index().getAsDouble()).isZero();
		assertThat(Satisfaction.of(5, 5, 5, 5, 5).index().getAsDouble()).isEqualTo(100.0);
	}

	@Test
	void poolsAnswersOfSeveralSurveys() {
		Satisfaction pooled = Satisfaction.of(4, 4).plus(Satisfaction.of(2, 2, 3));
		assertThat(pooled.n()).isEqualTo(5);
		assertThat(pooled.mean().getAsDouble()).isCloseTo(3.0, within(1e-9));
	}

	@Test
	void flagsAPromiseSixMonthsAfterItsLastFollowUpUntilItIsDone() {
		LocalDate made = LocalDate.of(2025, 1, 15);
		CitizenPromises.Promise fresh = promise(made, List.of());
		assertThat(fresh.followUpDue(LocalDate.of(2025, 7, 14))).isFalse();
		assertThat(fresh.followUpDue(LocalDate.of(2025, 7, 15))).isTrue();
		CitizenPromises.Promise followed = promise(made, List.of(followUp(LocalDate.of(2025, 7, 1),
				CitizenPromises.Status.DELAYED)));
		assertThat(followed.nextFollowUp()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(followed.followUpDue(LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(followed.followUpDue(LocalDate.of(2026, 1, 1))).isTrue();
		CitizenPromises.Promise done = promise(made, List.of(followUp(LocalDate.of(2025, 7, 1),
				CitizenPromises.Status.DONE)));
		assertThat(done.followUpDue(LocalDate.of(2030, 1, 1))).isFalse();
	}

	@Test
	void readsParticipantsFromFormValuesAndRefusesTamperedOnes() {
		UUID id = UUID.randomUUID();
		assertThat(Participant.parse("actor:" + id, "x").actor()).isEqualTo(new ActorId(id));
		assertThat(Participant.parse("committee:" + id, "x").committeeId()).isEqualTo(id);
		for (String bad : new String[] { null, "", "actor:nope", "user:" + id }) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> Participant.parse(bad, "present"))
				.isInstanceOfSatisfying(Refusal.class,
						ex -> assertThat(ex.field()).isEqualTo("present"));
		}
	}

	private static CitizenPromises.FollowUp followUp(LocalDate on, CitizenPromises.Status status) {
		return new CitizenPromises.FollowUp(UUID.randomUUID(), on, status, "text", false);
	}

	private static CitizenPromises.Promise promise(LocalDate made, List<CitizenPromises.FollowUp> followUps) {
		return new CitizenPromises.Promise(CitizenPromiseId.random(), made.getYear(), "Västerås stad",
				new ActorId(UUID.randomUUID()), "Polisen", null, null, "Löfte", null, false, false, 0, made, List.of(),
				followUps);
	}

}
