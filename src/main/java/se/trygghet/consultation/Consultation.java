package se.trygghet.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.system.Refusal;

/**
 * The consultation (remiss) of one draft plan. The coordinator sends the draft to every committee named on its
 * activities, with a last day for answers; the activities are kept as they stood when sent, since the draft may change
 * while it is out. Until the last day, and while the consultation is open, each committee comments on the activities
 * it was named on (lead or co-responsible) — a {@link Position} and a text — and may comment on the whole; it marks its
 * answer submitted when it is done and may still change it until the last day. The coordinator replies to each comment
 * (saying whether the draft was changed) and closes the consultation, after which nothing in it changes.
 */
final class Consultation {

	/** A committee consulted, and when its answer was submitted (none: it has not answered). */
	public record Committee(CommitteeId id, String name, @Nullable String shortName, @Nullable Instant submittedAt,
			@Nullable String submittedBy) {

		public boolean answered() {
			return submittedAt != null;
		}

		public String label() {
			return shortName == null ? name : shortName;
		}

	}

	/** An activity as it stood in the draft when it was sent. */
	public record Activity(ActivityId id, ActivityNumber number, String text, CommitteeId lead, List<CommitteeId> committees) {

		public Activity {
			committees = List.copyOf(committees);
		}

		public boolean names(CommitteeId committee) {
			return committees.contains(committee);
		}

	}

	/** A committee's comment on an activity, or (no activity, no position) on the whole draft, and its reply. */
	public record Comment(CommentId id, CommitteeId committee, @Nullable ActivityId activity, @Nullable Position position,
			String text, Instant writtenAt, String writtenBy, @Nullable String reply, @Nullable Boolean draftChanged,
			@Nullable Instant repliedAt, @Nullable String repliedBy) {

		public boolean overall() {
			return activity == null;
		}

		public boolean replied() {
			return reply != null;
		}

	}

	/**
	 * How many committees were consulted and how many have submitted their answer; the one count every page and list
	 * shows, so they cannot disagree.
	 */
	public record Progress(int committees, int answered, List<Committee> unanswered) {

		public Progress {
			unanswered = List.copyOf(unanswered);
		}

		public int notAnswered() {
			return committees - answered;
		}

	}

	private final ConsultationId id;

	private final ActionPlanId plan;

	private final String planName;

	private final LocalDate deadline;

	private final Instant sentAt;

	private final String sentBy;

	private @Nullable Instant closedAt;

	private @Nullable String closedBy;

	private final Map<CommitteeId, Committee> committees;

	private final List<Activity> activities;

	private final List<Comment> comments;

	Consultation(ConsultationId id, ActionPlanId plan, String planName, LocalDate deadline, Instant sentAt,
			String sentBy, @Nullable Instant closedAt, @Nullable String closedBy, List<Committee> committees,
			List<Activity> activities, List<Comment> comments) {
		this.id = Objects.requireNonNull(id);
		this.plan = Objects.requireNonNull(plan);
		this.planName = planName;
		this.deadline = Objects.requireNonNull(deadline);
		this.sentAt = sentAt;
		this.sentBy = sentBy;
		this.closedAt = closedAt;
		this.closedBy = closedBy;
		this.committees = new LinkedHashMap<>();
		committees.forEach(c -> this.committees.put(c.id(), c));
		this.activities = List.copyOf(activities);
		this.comments = new ArrayList<>(comments);
	}

	/**
	 * Sends a draft plan to the committees named on its activities. Refused for a plan that is not a draft, a last day
	 * already past, or a draft without activities.
	 */
	static Consultation send(PlanCatalog.PlanOutline plan, LocalDate deadline, LocalDate today, Instant now,
			String by) {
		if (plan.state() != PlanState.DRAFT) {
			throw Refusal.of("consultation.send.notDraft");
		}
		if (deadline.isBefore(today)) {
			throw Refusal.on("deadline", "consultation.send.deadlinePast");
		}
		if (plan.activities().isEmpty()) {
			throw Refusal.of("consultation.send.noActivities");
		}
		List<Activity> activities = plan.activities()
			.stream()
			.map(a -> new Activity(a.id(), a.number(), a.text(), a.lead(), a.committees()))
			.sorted(Comparator.comparing(Activity::number))
			.toList();
		List<Committee> committees = new ArrayList<>();
		for (PlanCatalog.CommitteeOutline committee : plan.committees()) {
			if (activities.stream().anyMatch(a -> a.names(committee.id()))) {
				committees.add(new Committee(committee.id(), committee.name(), committee.shortName(), null, null));
			}
		}
		return new Consultation(ConsultationId.random(), plan.id(), plan.name(), deadline, now, by, null, null,
				committees, activities, List.of());
	}

	/** Whether committees may still comment: open, and the last day not passed. */
	boolean takesComments(LocalDate today) {
		return closedAt == null && !today.isAfter(deadline);
	}

	/**
	 * The committee's comment on one activity it is named on; a second comment on the same activity replaces the first
	 * (and the reply to it, which answered the earlier text).
	 */
	Comment comment(CommitteeId committee, ActivityNumber number, Position position, @Nullable String text,
			LocalDate today, Instant now, String by) {
		requireTakesComments(committee, today);
		Activity activity = activity(number).orElseThrow(() -> Refusal.of("consultation.comment.noActivity", number));
		if (!activity.names(committee)) {
			throw Refusal.of("consultation.comment.notNamed", number);
		}
		String cleaned = text == null ? "" : text.strip();
		if (position.needsText() && cleaned.isEmpty()) {
			throw Refusal.on("text", "consultation.comment.textNeeded");
		}
		return put(committee, activity.id(), position, cleaned, now, by);
	}

	/** The committee's comment on the draft as a whole; it replaces an earlier one. */
	Comment overall(CommitteeId committee, @Nullable String text, LocalDate today, Instant now, String by) {
		requireTakesComments(committee, today);
		String cleaned = text == null ? "" : text.strip();
		if (cleaned.isEmpty()) {
			throw Refusal.on("text", "consultation.comment.textNeeded");
		}
		return put(committee, null, null, cleaned, now, by);
	}

	/** Marks the committee's answer submitted: it counts as answered (and gets no more reminders). */
	Committee submit(CommitteeId committee, LocalDate today, Instant now, String by) {
		requireTakesComments(committee, today);
		Committee submitted = new Committee(committee, committees.get(committee).name(),
				committees.get(committee).shortName(), now, by);
		committees.put(committee, submitted);
		return submitted;
	}

	/** The coordinator's reply to a comment, and whether the draft was changed for it. Refused once closed. */
	Comment reply(CommentId comment, String reply, boolean draftChanged, Instant now, String by) {
		if (closedAt != null) {
			throw Refusal.of("consultation.closed");
		}
		Comment found = comments.stream()
			.filter(c -> c.id().equals(comment))
			.findFirst()
			.orElseThrow(() -> Refusal.of("consultation.reply.noComment"));
		String cleaned = reply == null ? "" : reply.strip();
		if (cleaned.isEmpty()) {
			throw Refusal.on("reply", "consultation.reply.textNeeded");
		}
		Comment replied = new Comment(found.id(), found.committee(), found.activity(), found.position(), found.text(),
				found.writtenAt(), found.writtenBy(), cleaned, draftChanged, now, by);
		comments.set(comments.indexOf(found), replied);
		return replied;
	}

	/** Closes the consultation: no more comments or replies. */
	void close(Instant now, String by) {
		if (closedAt != null) {
			throw Refusal.of("consultation.closed");
		}
		this.closedAt = now;
		this.closedBy = by;
	}

	Progress progress() {
		List<Committee> unanswered = committees.values().stream().filter(c -> !c.answered()).toList();
		return new Progress(committees.size(), committees.size() - unanswered.size(), unanswered);
	}

	/** The activities the committee was named on, lead or co-responsible. */
	List<Activity> activitiesOf(CommitteeId committee) {
		return activities.stream().filter(a -> a.names(committee)).toList();
	}

	Optional<Activity> activity(ActivityNumber number) {
		return activities.stream().filter(a -> a.number().equals(number)).findFirst();
	}

	Optional<Activity> activity(ActivityId activityId) {
		return activities.stream().filter(a -> a.id().equals(activityId)).findFirst();
	}

	Optional<Comment> commentOn(CommitteeId committee, @Nullable ActivityId activity) {
		return comments.stream()
			.filter(c -> c.committee().equals(committee) && Objects.equals(c.activity(), activity))
			.findFirst();
	}

	Optional<Committee> committee(CommitteeId committee) {
		return Optional.ofNullable(committees.get(committee));
	}

	private void requireTakesComments(CommitteeId committee, LocalDate today) {
		if (closedAt != null) {
			throw Refusal.of("consultation.closed");
		}
		if (today.isAfter(deadline)) {
			throw Refusal.of("consultation.deadlinePassed", deadline);
		}
		if (!committees.containsKey(committee)) {
			throw Refusal.of("consultation.committee.notConsulted");
		}
	}

	private Comment put(CommitteeId committee, @Nullable ActivityId activity, @Nullable Position position, String text,
			Instant now, String by) {
		Optional<Comment> earlier = commentOn(committee, activity);
		Comment comment = new Comment(earlier.map(Comment::id).orElseGet(CommentId::random), committee, activity,
				position, text, now, by, null, null, null, null);
		earlier.ifPresentOrElse(e -> comments.set(comments.indexOf(e), comment), () -> comments.add(comment));
		return comment;
	}

	ConsultationId id() {
		return id;
	}

	ActionPlanId plan() {
		return plan;
	}

	String planName() {
		return planName;
	}

	LocalDate deadline() {
		return deadline;
	}

	Instant sentAt() {
		return sentAt;
	}

	String sentBy() {
		return sentBy;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable String closedBy() {
		return closedBy;
	}

	boolean closed() {
		return closedAt != null;
	}

	List<Committee> committees() {
		return List.copyOf(committees.values());
	}

	List<Activity> activities() {
		return activities;
	}

	List<Comment> comments() {
		return List.copyOf(comments);
	}

}
