package se.trygghet.intervention;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.system.Refusal;

/**
 * A local problem the work targets: where, which kinds of incident, over which period, what it rests on, how urgent
 * it is and where in the cycle it stands. Its status changes only through {@link #moveTo}.
 */
record Problem(ProblemId id, String title, @Nullable String description, @Nullable AreaId area,
		List<String> categories, LocalDate from, LocalDate to, Priority priority, ProblemStatus status,
		Visibility visibility, List<Evidence> evidence, boolean demo, int version) {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 4000;

	Problem {
		categories = List.copyOf(categories);
		evidence = List.copyOf(evidence);
		Texts.require("title", title, MAX_TITLE);
		Texts.optional("description", description, MAX_TEXT);
		if (to.isBefore(from)) {
			throw Refusal.on("to", "problem.to.beforeFrom");
		}
	}

	/** The plan's indicators the problem rests on, which the work against it aims to move. */
	List<IndicatorId> indicators() {
		return evidence.stream().map(Evidence::indicator).filter(java.util.Objects::nonNull).toList();
	}

	/** The problem as read at another version: a change then fails if someone saved after that version. */
	Problem atVersion(int readVersion) {
		return new Problem(id, title, description, area, categories, from, to, priority, status, visibility, evidence,
				demo, readVersion);
	}

	/** The problem one step further (or closed); refuses a step the cycle does not allow. */
	Problem moveTo(ProblemStatus next) {
		if (!status.mayBecome(next)) {
			throw Refusal.of("problem.status.illegal");
		}
		return new Problem(id, title, description, area, categories, from, to, priority, next, visibility, evidence,
				demo, version);
	}

	/** An indicator or a document the problem rests on. */
	public record Evidence(@Nullable IndicatorId indicator, @Nullable String title, @Nullable String reference) {

		public Evidence {
			if (indicator == null) {
				Texts.require("documents", title, 300);
				Texts.require("documents", reference, 1000);
			}
		}

		static Evidence indicator(IndicatorId id) {
			return new Evidence(id, null, null);
		}

		static Evidence document(String title, String reference) {
			return new Evidence(null, title.strip(), reference.strip());
		}

		public boolean isLink() {
			return reference != null && (reference.startsWith("https://") || reference.startsWith("http://"));
		}

	}

}
