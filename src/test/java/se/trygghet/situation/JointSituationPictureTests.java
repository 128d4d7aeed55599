package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.system.Refusal;

/** The joint lägesbild's verbs, without Spring. */
class JointSituationPictureTests {

	static JointSituationPicture.Problem problem(String title) {
		return new JointSituationPicture.Problem(UUID.randomUUID(), title, null, List.of("klotter"), null);
	}

	@Test
	void movesAProblemUpAndDownAndLeavesTheEndsWhereTheyAre() {
		JointSituationPicture picture = JointSituationPicture.start("1980", 2026);
		var a = problem("Klotter i centrum");
		var b = problem("Bränder på Råby");
		var c = problem("Öppen droghandel");
		picture.add(a);
		picture.add(b);
		picture.add(c);
		picture.move(c.id(), true);
		assertThat(picture.problems()).containsExactly(a, c, b);
		picture.move(a.id(), true);
		picture.move(b.id(), false);
		assertThat(picture.problems()).containsExactly(a, c, b);
		picture.move(a.id(), false);
		assertThat(picture.problems()).containsExactly(c, a, b);
	}

	@Test
	void refusesEveryChangeOnceDecidedAndReopensOnlyWithAReason() {
		JointSituationPicture picture = JointSituationPicture.start("1980", 2026);
		picture.revise("Analysen", "Sammanfattningen");
		picture.decide("analytiker", Instant.parse("2026-11-25T10:00:00Z"));
		assertThat(picture.decided()).isTrue();
		assertThatThrownBy(() -> picture.revise("Ändrad", null)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.code()).isEqualTo("situation.joint.locked"));
		assertThatThrownBy(() -> picture.add(problem("Nytt"))).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> picture.reopen("  ")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.field()).isEqualTo("reason"));
		picture.reopen("Polisen har nya siffror");
		assertThat(picture.decided()).isFalse();
		assertThat(picture.reopenReason()).isEqualTo("Polisen har nya siffror");
		picture.revise("Ändrad", null);
		assertThat(picture.analysis()).isEqualTo("Ändrad");
	}

	@Test
	void refusesDecidingAnEmptyPictureAndAProblemWithAPhoneNumber() {
		JointSituationPicture picture = JointSituationPicture.start("1980", 2026);
		assertThatThrownBy(() -> picture.decide("analytiker", Instant.now()))
			.isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.code()).isEqualTo("situation.joint.decide.empty"));
		assertThatThrownBy(() -> new JointSituationPicture.Problem(UUID.randomUUID(), "Stök", null, List.of(),
				"Ring 070-123 45 67")).isInstanceOfSatisfying(Refusal.class,
						r -> assertThat(r.code()).isEqualTo("situation.personalData.phone"));
	}

}
