package se.trygghet.situation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;
import se.trygghet.system.PersonalData;

/**
 * The joint yearly lägesbild the municipality and the police agree on: the analysis, a summary, and the problems they
 * prioritise, in order. While a draft anyone of the analysts may change it; deciding it locks it, and only reopening
 * with a stated reason unlocks it, so a decided picture never changes silently.
 */
final class JointSituationPicture {

	static final int MAX_TEXT = 20_000;

	static final int MAX_PROBLEMS = 20;

	enum Status {

		DRAFT, DECIDED

	}

	/** A prioritised problem: what it is, where (optional), which incident categories it concerns and why. */
	public record Problem(UUID id, String title, @Nullable UUID area, List<String> categories, @Nullable String rationale) {

		public Problem {
			// every refused value at once, so the form shows them all beside their fields
			Map<String, String> refused = new LinkedHashMap<>();
			title = title == null ? "" : title.strip();
			if (title.isEmpty() || title.length() > 300) {
				refused.put("title", "situation.joint.problem.title.invalid");
			}
			categories = List.copyOf(categories);
			rationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
			if (rationale != null && rationale.length() > MAX_TEXT) {
				refused.put("rationale", "followup.text.tooLong");
			}
			PersonalData.findIn(title + "\n" + (rationale == null ? "" : rationale))
				.ifPresent(kind -> refused.putIfAbsent("rationale", "situation.personalData." + kind.key()));
			if (!refused.isEmpty()) {
				throw Refusal.onFields(refused);
			}
		}

	}

	private final String municipality;

	private final int year;

	private @Nullable String analysis;

	private @Nullable String summary;

	private Status status;

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String reopenReason;

	/** -1 until first saved. */
	private final int version;

	private final @Nullable String updatedBy;

	private final @Nullable Instant updatedAt;

	private final List<Problem> problems;

	JointSituationPicture(String municipality, int year, @Nullable String analysis, @Nullable String summary,
			Status status, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String reopenReason,
			int version, @Nullable String updatedBy, @Nullable Instant updatedAt, List<Problem> problems) {
		this.municipality = municipality;
		this.year = requireYear(year);
		this.analysis = analysis;
		this.summary = summary;
		this.status = status;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.reopenReason = reopenReason;
		this.version = version;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
		this.problems = new ArrayList<>(problems);
	}

	/** A picture nobody has written yet. */
	static JointSituationPicture start(String municipality, int year) {
		return new JointSituationPicture(municipality, year, null, null, Status.DRAFT, null, null, null, -1, null, null,
				List.of());
	}

	static int requireYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("Not a year of a lägesbild: " + year);
		}
		return year;
	}

	void revise(@Nullable String analysis, @Nullable String summary) {
		requireDraft();
		// both texts checked before either is refused, so the form shows every problem at once
		Map<String, String> refused = new LinkedHashMap<>();
		String checkedSummary = text("summary", summary, refused);
		String checkedAnalysis = text("analysis", analysis, refused);
		if (!refused.isEmpty()) {
			throw Refusal.onFields(refused);
		}
		this.analysis = checkedAnalysis;
		this.summary = checkedSummary;
	}

	void add(Problem problem) {
		requireDraft();
		if (problems.size() >= MAX_PROBLEMS) {
			throw Refusal.on("title", "situation.joint.problem.tooMany");
		}
		problems.add(problem);
	}

	void remove(UUID problem) {
		requireDraft();
		problems.remove(indexOf(problem));
	}

	/** Moves a problem one place up (towards rank 1) or down; at either end nothing moves. */
	void move(UUID problem, boolean up) {
		requireDraft();
		int i = indexOf(problem);
		int j = up ? i - 1 : i + 1;
		if (j >= 0 && j < problems.size()) {
			problems.set(i, problems.set(j, problems.get(i)));
		}
	}

	void decide(String by, Instant at) {
		requireDraft();
		if (analysis == null && summary == null && problems.isEmpty()) {
			throw Refusal.of("situation.joint.decide.empty");
		}
		status = Status.DECIDED;
		decidedBy = by;
		decidedAt = at;
	}

	void reopen(@Nullable String reason) {
		if (status != Status.DECIDED) {
			throw Refusal.of("situation.joint.notDecided");
		}
		if (reason == null || reason.isBlank() || reason.length() > 2_000) {
			throw Refusal.on("reason", "situation.joint.reopen.reason");
		}
		status = Status.DRAFT;
		decidedBy = null;
		decidedAt = null;
		reopenReason = reason.strip();
	}

	private void requireDraft() {
		if (status == Status.DECIDED) {
			throw Refusal.of("situation.joint.locked");
		}
	}

	private int indexOf(UUID problem) {
		for (int i = 0; i < problems.size(); i++) {
			if (problems.get(i).id().equals(problem)) {
				return i;
			}
		}
		throw Refusal.of("situation.joint.problem.gone");
	}

	private static @Nullable String text(String field, @Nullable String text, Map<String, String> refused) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_TEXT) {
			refused.put(field, "followup.text.tooLong");
		}
		PersonalData.findIn(text).ifPresent(kind -> refused.putIfAbsent(field, "situation.personalData." + kind.key()));
		return text.strip();
	}

	public String municipality() {
		return municipality;
	}

	public int year() {
		return year;
	}

	public @Nullable String analysis() {
		return analysis;
	}

	public @Nullable String summary() {
		return summary;
	}

	public Status status() {
		return status;
	}

	public boolean decided() {
		return status == Status.DECIDED;
	}

	public @Nullable String decidedBy() {
		return decidedBy;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	public @Nullable String reopenReason() {
		return reopenReason;
	}

	public int version() {
		return version;
	}

	public @Nullable String updatedBy() {
		return updatedBy;
	}

	public @Nullable Instant updatedAt() {
		return updatedAt;
	}

	public List<Problem> problems() {
		return List.copyOf(problems);
	}

}
