package se.trygghet.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanLinks;
import se.trygghet.plan.PlanState;

/**
 * The plan's pages link to its consultations: coordinators to each consultation's page, and to the form that sends a
 * draft with none open; every reader to the list where reporters find the consultations their committees answer.
 */
@Component
class ConsultationPlanLinks implements PlanLinks {

	private final Consultations consultations;

	private final MessageSource messages;

	private final Clock clock;

	ConsultationPlanLinks(Consultations consultations, MessageSource messages, Clock clock) {
		this.consultations = consultations;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<PlanLink> linksFor(ActionPlanId plan, PlanState state) {
		Locale locale = LocaleContextHolder.getLocale();
		List<PlanLink> links = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		boolean open = false;
		for (Consultations.Brief consultation : consultations.briefs(plan)) {
			ConsultationId id = consultation.id();
			open |= !consultation.closed();
			String key = consultation.closed() ? "consultation.link.closed"
					: consultation.takesComments(today) ? "consultation.link.open" : "consultation.link.pastDeadline";
			links.add(new PlanLink(messages.getMessage(key, new Object[] { consultation.deadline().toString() }, locale),
					"/consultations/" + id, true));
			if (consultation.takesComments(today)) {
				links.add(new PlanLink(messages.getMessage("consultation.link.answer", null, locale), "/consultations",
						false));
			}
		}
		if (state == PlanState.DRAFT && !open) {
			links.add(new PlanLink(messages.getMessage("consultation.link.send", null, locale),
					"/consultations/new?plan=" + plan, true));
		}
		return links;
	}

}
