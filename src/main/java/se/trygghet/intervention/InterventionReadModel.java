package se.trygghet.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaId;
import se.trygghet.indicator.IndicatorAims;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityLinks;
import se.trygghet.plan.IndicatorId;

/**
 * What other modules read of this one: interventions per activity and area, public feedback, the links the plan's
 * activity page lists (so the chain problem → activity → intervention shows from the plan's side too) and the
 * problems and interventions an indicator's page lists as aiming to move it.
 */
@Component
class InterventionReadModel implements InterventionCatalog, PublicFeedback, ActivityLinks, IndicatorAims {

	private final Interventions interventions;

	private final Problems problems;

	private final Feedbacks feedbacks;

	private final MessageSource messages;

	private final PartnerScope partners;

	InterventionReadModel(Interventions interventions, Problems problems, Feedbacks feedbacks, MessageSource messages,
			PartnerScope partners) {
		this.partners = partners;
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

	/** The problems that rest on the indicator and the interventions that aim at it, as far as the reader may see. */
	@Override
	public List<Aim> aimingAt(IndicatorId indicator) {
		var locale = LocaleContextHolder.getLocale();
		PartnerScope.Reach reach = partners.reach();
		Set<ProblemId> shared = reach.everything() || reach.actor() == null ? Set.of()
				: problems.sharedWith(reach.actor().value());
		List<Aim> aims = new ArrayList<>();
		String problem = messages.getMessage("problem.one", null, locale);
		problems.namingIndicator(indicator).stream()
			.filter(p -> reach.everything() || shared.contains(p.id()))
			.forEach(p -> aims.add(new Aim(problem, p.title(), "/problems/" + p.id(),
					messages.getMessage("problem.status." + p.status(), null, locale))));
		String kind = messages.getMessage("intervention.one", null, locale);
		interventions.aimingAt(indicator).stream()
			.filter(reach::reads)
			.forEach(i -> aims.add(new Aim(kind, i.title(), "/interventions/" + i.id(),
					messages.getMessage("intervention.status." + i.status(), null, locale))));
		return aims;
	}

	private static InterventionSummary summary(Intervention i) {
		return new InterventionSummary(i.id(), i.title(), i.kind(), i.status(), i.area(), i.activity(), i.startsOn(),
				i.endsOn(), i.visibility(), i.demo());
	}

}
