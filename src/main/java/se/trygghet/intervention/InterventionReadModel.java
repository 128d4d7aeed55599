package se.trygghet.intervention;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityLinks;

/**
 * What other modules read of this one: interventions per activity and area, public feedback, and the links the
 * plan's activity page lists (so the chain problem → activity → intervention shows from the plan's side too).
 */
@Component
class InterventionReadModel implements InterventionCatalog, PublicFeedback, ActivityLinks {

	private final Interventions interventions;

	private final Problems problems;

	private final Feedbacks feedbacks;

	private final MessageSource messages;

	InterventionReadModel(Interventions interventions, Problems problems, Feedbacks feedbacks, MessageSource messages) {
		this.interventions = interventions;
		this.problems = problems;
		this.feedbacks = feedbacks;
		this.messages = messages;
	}

	@Override
	public List<InterventionSummary> forActivity(ActivityId activity) {
		return interventions.forActivity(activity).stream().map(InterventionReadModel::summary).toList();
	}

	@Override
	public List<InterventionSummary> inArea(AreaId area) {
		return interventions.inArea(area).stream().map(InterventionReadModel::summary).toList();
	}

	@Override
	public long revision() {
		return interventions.revision();
	}

	@Override
	public List<ProblemSummary> problems() {
		return problems.all().stream().map(p -> new ProblemSummary(p.id(), p.title(), p.visibility(), p.demo())).toList();
	}

	@Override
	public List<InterventionSummary> all() {
		return interventions.all().stream().map(InterventionReadModel::summary).toList();
	}

	@Override
	public List<Note> published() {
		return feedbacks.published();
	}

	@Override
	public List<ActivityLink> linksFor(ActivityId activity) {
		var locale = LocaleContextHolder.getLocale();
		String kind = messages.getMessage("intervention.one", null, locale);
		return interventions.forActivity(activity)
			.stream()
			.map(i -> new ActivityLink(kind, i.title(), "/interventions/" + i.id(),
					messages.getMessage("intervention.status." + i.status(), null, locale)))
			.toList();
	}

	private static InterventionSummary summary(Intervention i) {
		return new InterventionSummary(i.id(), i.title(), i.kind(), i.status(), i.area(), i.activity(), i.startsOn(),
				i.endsOn(), i.visibility(), i.demo());
	}

}
