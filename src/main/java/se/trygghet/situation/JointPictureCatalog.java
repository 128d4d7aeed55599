package se.trygghet.situation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;

/**
 * What other modules may read of the joint yearly lägesbild: the newest one of the municipality with its prioritised
 * problems in rank order, e.g. for a next plan to answer each of them.
 */
public interface JointPictureCatalog {

	/** The municipality's joint lägesbild of the latest year written, decided or not. */
	Optional<JointPicture> latest();

	/**
	 * A joint lägesbild: its year, whether it is decided (and when), when it was last changed, and its problems.
	 * {@code href} is its page.
	 */
	record JointPicture(int year, boolean decided, @Nullable Instant decidedAt, Instant updatedAt, String href,
			List<PrioritisedProblem> problems) {

		public JointPicture {
			problems = List.copyOf(problems);
		}

	}

	/** A prioritised problem: its rank (1 first), what it is, where (optional) and which incident categories. */
	record PrioritisedProblem(UUID id, int rank, String title, @Nullable AreaId area, List<String> categories) {

		public PrioritisedProblem {
			categories = List.copyOf(categories);
		}

	}

}
