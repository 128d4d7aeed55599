package se.trygghet.followup;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.system.Refusal;

/**
 * What one committee writes about one activity in one round. The lead committee's {@link Kind#ACTIVITY_REPORT} is
 * the activity's report to Stadsledningskontoret, compiled from the co-responsible committees'
 * {@link Kind#CONTRIBUTION}s. A report is written as a draft, submitted, and then either returned with a comment
 * (and corrected) or approved, which locks it until a coordinator reopens it with a reason.
 */
final class Report {

	/** A return comment or reopening reason is a note to the reporter, not a document. */
	static final int MAX_COMMENT = 2000;

	enum Kind {

		ACTIVITY_REPORT, CONTRIBUTION

	}

	private final ReportId id;

	private final RoundId round;

	private final Kind kind;

	private final ActivityId activity;

	private final ActivityNumber activityNumber;

	private final String activityText;

	private final CommitteeId committee;

	private ReportState state;

	private ReportContent content;

	private @Nullable String reviewComment;

	private @Nullable Instant submittedAt;

	private final int version;

	Report(ReportId id, RoundId round, Kind kind, ActivityId activity, ActivityNumber activityNumber, String activityText,
			CommitteeId committee, ReportState state, ReportContent content, @Nullable String reviewComment,
			@Nullable Instant submittedAt, int version) {
		this.id = Objects.requireNonNull(id);
		this.round = Objects.requireNonNull(round);
		this.kind = Objects.requireNonNull(kind);
		this.activity = Objects.requireNonNull(activity);
		this.activityNumber = Objects.requireNonNull(activityNumber);
		this.activityText = activityText;
		this.committee = Objects.requireNonNull(committee);
		this.state = state;
		this.content = content;
		this.reviewComment = reviewComment;
		this.submittedAt = submittedAt;
		this.version = version;
	}

	static Report start(RoundId round, Kind kind, ActivityId activity, ActivityNumber number, String text,
			CommitteeId committee) {
		return new Report(ReportId.random(), round, kind, activity, number, text, committee, ReportState.DRAFT,
				ReportContent.EMPTY, null, null, 0);
	}

	/** Starts from where the same committee left the activity last round: its status, and nothing else. */
	void continueFrom(Report previous) {
		if (state != ReportState.DRAFT || previous.content().status() == null) {
			return;
		}
		this.content = new ReportContent(previous.content().status(), null, null, null, null, null,
				previous.content().indicators());
	}

	/** Saves what the committee has written so far; incomplete text is fine in a draft. */
	void edit(ReportContent newContent) {
		if (state != ReportState.DRAFT && state != ReportState.RETURNED) {
			throw Refusal.of(state == ReportState.APPROVED ? "followup.report.locked"
					: "followup.report.alreadySubmitted");
		}
		this.content = Objects.requireNonNull(newContent);
	}

	void submit(Instant now) {
		if (state != ReportState.DRAFT && state != ReportState.RETURNED) {
			throw Refusal.of("followup.report.alreadySubmitted");
		}
		Map<String, String> problems = content.problemsForSubmission();
		if (!problems.isEmpty()) {
			throw Refusal.onFields(problems);
		}
		state = ReportState.SUBMITTED;
		submittedAt = now;
	}

	/** Stadsledningskontoret sends an activity report back to the lead committee with what to correct. */
	void returnWith(String comment) {
		requireActivityReport();
		if (state != ReportState.SUBMITTED) {
			throw Refusal.of("followup.report.notSubmitted");
		}
		if (comment == null || comment.isBlank()) {
			throw Refusal.on("comment", "followup.comment.missing");
		}
		if (comment.strip().length() > MAX_COMMENT) {
			throw Refusal.on("comment", "followup.comment.tooLong", MAX_COMMENT);
		}
		state = ReportState.RETURNED;
		reviewComment = comment.strip();
	}

	void approve() {
		requireActivityReport();
		if (state != ReportState.SUBMITTED) {
			throw Refusal.of("followup.report.notSubmitted");
		}
		state = ReportState.APPROVED;
		reviewComment = null;
	}

	/** Unlocks an approved report; the reason is kept with the version history. */
	void reopen(String reason) {
		if (state != ReportState.APPROVED) {
			throw Refusal.of("followup.report.notApproved");
		}
		if (reason == null || reason.isBlank()) {
			throw Refusal.on("reason", "followup.reopenReason.missing");
		}
		if (reason.strip().length() > MAX_COMMENT) {
			throw Refusal.on("reason", "followup.comment.tooLong", MAX_COMMENT);
		}
		state = ReportState.DRAFT;
		reviewComment = reason.strip();
	}

	private void requireActivityReport() {
		if (kind != Kind.ACTIVITY_REPORT) {
			throw Refusal.of("followup.report.contributionNotReviewed");
		}
	}

	ReportId id() {
		return id;
	}

	RoundId round() {
		return round;
	}

	Kind kind() {
		return kind;
	}

	ActivityId activity() {
		return activity;
	}

	ActivityNumber activityNumber() {
		return activityNumber;
	}

	String activityText() {
		return activityText;
	}

	CommitteeId committee() {
		return committee;
	}

	ReportState state() {
		return state;
	}

	ReportContent content() {
		return content;
	}

	@Nullable String reviewComment() {
		return reviewComment;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	int version() {
		return version;
	}

}
