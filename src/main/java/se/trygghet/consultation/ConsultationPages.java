package se.trygghet.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanLineage;
import se.trygghet.plan.PlanState;
import se.trygghet.system.NotFoundException;

/**
 * What each consultation page shows, so that the controller only binds, calls this and picks the view. Comments are
 * shown to coordinators and admins (all of them) and to the reporters of the committee that wrote them (theirs only);
 * a reporter asking for another committee's answer is refused with 403. The counts of answered committees come from
 * {@link Consultation#progress()} on every page and in the list, so they cannot disagree.
 */
@Component
class ConsultationPages {

	private final Consultations consultations;

	private final PlanCatalog catalog;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final PlanLineage lineage;

	ConsultationPages(Consultations consultations, PlanCatalog catalog, CurrentUsers currentUsers, Clock clock,
			PlanLineage lineage) {
		this.lineage = lineage;
		this.consultations = consultations;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** One page: the item a form starts from, and the template's model. */
	public record Page<T>(@Nullable T item, Map<String, Object> model) {
	}

	/**
	 * A consultation in the list every internal reader sees: its plan, last day, state and answered count, and the
	 * reader's own committees among those consulted (a reporter's way to their answer).
	 */
	public record Summary(ConsultationId id, String planName, LocalDate deadline, boolean closed, boolean takesComments,
			Consultation.Progress progress, List<Consultation.Committee> mine) {
	}

	/** A comment as the coordinator reads it, with the activity it is about (none: the whole draft). */
	public record CommentView(Consultation.Comment comment, String committee, @Nullable String activity) {
	}

	public record ActivityView(Consultation.Activity activity, String lead, List<String> committees,
			List<CommentView> comments) {
	}

	public record CommitteeView(Consultation.Committee committee, List<CommentView> comments) {
	}

	/** A committee's own activity and its comment, if it has written one. */
	public record OwnActivity(Consultation.Activity activity, boolean lead, Consultation.@Nullable Comment comment) {
	}

	Map<String, Object> list() {
		CurrentUser user = user();
		LocalDate today = LocalDate.now(clock);
		List<Summary> shown = consultations.ids(null)
			.stream()
			.flatMap(id -> consultations.byId(id).stream())
			.map(c -> new Summary(c.id(), c.planName(), c.deadline(), c.closed(), c.takesComments(today),
					c.progress(), c.committees().stream().filter(k -> user.reportsFor(k.id().value())).toList()))
			.toList();
		return model("consultations", shown);
	}

	/** The form to send a plan on consultation: the plan, and what an open consultation of it would be. */
	Map<String, Object> sendForm(ActionPlanId planId) {
		PlanCatalog.PlanRef plan = catalog.plans()
			.stream()
			.filter(p -> p.id().equals(planId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Planen"));
		PlanCatalog.PlanOutline outline = catalog.outline(plan.id()).orElseThrow(() -> new NotFoundException("Planen"));
		Map<String, Object> model = model("plan", plan);
		model.put("activities", outline.activities().size());
		model.put("committees", outline.committees()
			.stream()
			.filter(c -> outline.activities().stream().anyMatch(a -> a.committees().contains(c.id())))
			.toList());
		model.put("open", consultations.openOf(plan.id()).orElse(null));
		model.put("isDraft", plan.state() == PlanState.DRAFT);
		return model;
	}

	/** The coordinator's page: every comment per activity and per committee, and who has not answered. */
	Map<String, Object> overview(ConsultationId id) {
		Consultation consultation = consultation(id);
		Map<String, Object> model = common(consultation);
		List<CommentView> comments = consultation.comments().stream().map(c -> view(consultation, c)).toList();
		model.put("activities", consultation.activities()
			.stream()
			.map(a -> new ActivityView(a, label(consultation, a.lead()),
					a.committees().stream().map(c -> label(consultation, c)).toList(),
					comments.stream().filter(c -> a.id().equals(c.comment().activity())).toList()))
			.toList());
		model.put("committees", consultation.committees()
			.stream()
			.map(k -> new CommitteeView(k,
					comments.stream().filter(c -> c.comment().committee().equals(k.id())).toList()))
			.toList());
		model.put("unreplied", comments.stream().filter(c -> !c.comment().replied()).count());
		return model;
	}

	/** A committee's answer: its activities with its comments, its comment on the whole, and whether it is sent. */
	Map<String, Object> committee(ConsultationId id, CommitteeId committee) {
		Consultation consultation = consultation(id);
		Consultation.Committee consulted = readable(consultation, committee);
		Map<String, Object> model = common(consultation);
		model.put("committee", consulted);
		model.put("own", consultation.activitiesOf(committee)
			.stream()
			.map(a -> new OwnActivity(a, a.lead().equals(committee),
					consultation.commentOn(committee, a.id()).orElse(null)))
			.toList());
		model.put("overall", consultation.commentOn(committee, null).orElse(null));
		model.put("mayWrite", user().reportsFor(committee.value()));
		return model;
	}

	/** The form for the committee's comment on one activity; 403 for an activity it was not named on. */
	Page<Consultation.Comment> commentForm(ConsultationId id, CommitteeId committee, ActivityNumber number) {
		Consultation consultation = consultation(id);
		Consultation.Committee consulted = writable(consultation, committee);
		Consultation.Activity activity = consultation.activity(number)
			.orElseThrow(() -> new NotFoundException("Aktiviteten " + number));
		if (!activity.names(committee)) {
			// not the committee's to answer, as another committee's answer is not (the service refuses it too)
			throw new AccessDeniedException("The committee is not named on activity " + number);
		}
		Map<String, Object> model = common(consultation);
		model.put("committee", consulted);
		model.put("activity", activity);
		model.put("lead", activity.lead().equals(committee));
		model.put("positions", Position.values());
		return new Page<>(consultation.commentOn(committee, activity.id()).orElse(null), model);
	}

	Page<Consultation.Comment> overallForm(ConsultationId id, CommitteeId committee) {
		Consultation consultation = consultation(id);
		Map<String, Object> model = common(consultation);
		model.put("committee", writable(consultation, committee));
		return new Page<>(consultation.commentOn(committee, null).orElse(null), model);
	}

	Page<Consultation.Comment> replyForm(ConsultationId id, CommentId commentId) {
		Consultation consultation = consultation(id);
		Consultation.Comment comment = consultation.comments()
			.stream()
			.filter(c -> c.id().equals(commentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Kommentaren"));
		Map<String, Object> model = common(consultation);
		CommentView view = view(consultation, comment);
		model.put("comment", view);
		model.put("activity", Optional.ofNullable(comment.activity()).flatMap(consultation::activity).orElse(null));
		return new Page<>(comment, model);
	}

	/** The consultation itself as pages show it. */
	public record Head(ConsultationId id, String planName, LocalDate deadline, Instant sentAt, String sentBy,
			@Nullable Instant closedAt, boolean closed) {
	}

	private Map<String, Object> common(Consultation consultation) {
		Map<String, Object> model = model("consultation", new Head(consultation.id(), consultation.planName(),
				consultation.deadline(), consultation.sentAt(), consultation.sentBy(), consultation.closedAt(),
				consultation.closed()));
		model.put("progress", consultation.progress());
		model.put("takesComments", consultation.takesComments(LocalDate.now(clock)));
		// back to the draft the comments are about, and to its comparison with the plan it was drawn from
		model.put("planKey", catalog.outline(consultation.plan()).map(PlanCatalog.PlanOutline::key).orElse(null));
		model.put("drawn", lineage.predecessorOf(consultation.plan()).isPresent());
		return model;
	}

	private Consultation consultation(ConsultationId id) {
		return consultations.byId(id).orElseThrow(() -> new NotFoundException("Remissen"));
	}

	/** Coordinators and admins read every committee's answer; a reporter only their own committee's. */
	private Consultation.Committee readable(Consultation consultation, CommitteeId committee) {
		CurrentUser user = user();
		if (!user.hasAny(Role.COORDINATOR, Role.ADMIN) && !user.reportsFor(committee.value())) {
			throw new AccessDeniedException("Not your committee's answer");
		}
		return consultation.committee(committee).orElseThrow(() -> new NotFoundException("Nämnden"));
	}

	/** Only the committee's own reporters write its answer. */
	private Consultation.Committee writable(Consultation consultation, CommitteeId committee) {
		if (!user().reportsFor(committee.value())) {
			throw new AccessDeniedException("Not your committee's answer");
		}
		return consultation.committee(committee).orElseThrow(() -> new NotFoundException("Nämnden"));
	}

	private CurrentUser user() {
		return currentUsers.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	private static CommentView view(Consultation consultation, Consultation.Comment comment) {
		return new CommentView(comment, label(consultation, comment.committee()),
				ConsultationService.activityNumber(consultation, comment));
	}

	private static String label(Consultation consultation, CommitteeId committee) {
		return consultation.committee(committee).map(Consultation.Committee::label).orElse("");
	}

	private static Map<String, Object> model(String name, Object value) {
		Map<String, Object> model = new HashMap<>();
		model.put(name, value);
		return model;
	}

}
