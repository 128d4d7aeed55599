package se.trygghet.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import se.trygghet.plan.PlanApiController.Activity;
import se.trygghet.plan.PlanApiController.Committee;
import se.trygghet.plan.PlanApiController.FocusArea;
import se.trygghet.plan.PlanApiController.Indicator;
import se.trygghet.plan.PlanApiController.OrganisationBody;
import se.trygghet.plan.PlanApiController.Plan;
import se.trygghet.plan.PlanApiController.StatedFigure;
import se.trygghet.system.Caches;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan as the open API gives it (the records of {@link PlanApiController}), serialised once per plan revision and kept
 * (cache {@value #CACHE}): every caller of an unchanged plan gets the same bytes.
 */
@Component
class PlanApiDocuments {

	static final String CACHE = "plan-api";

	private final JsonMapper mapper;

	private final Caches.NamedCache bodies;

	PlanApiDocuments(JsonMapper mapper, Caches caches) {
		this.mapper = mapper;
		this.bodies = caches.named(CACHE);
	}

	/** The serialised tree of one plan revision; built once, served to every caller until the plan changes. */
	byte[] json(PlanView plan) {
		return bodies.get(List.of(plan.id(), plan.revision()), () -> mapper.writeValueAsBytes(toApi(plan)));
	}

	private static Plan toApi(PlanView plan) {
		return new Plan(plan.id(), plan.key(), plan.name(), plan.municipality(), plan.periodFrom(), plan.periodTo(),
				plan.state(), plan.adoptedBy(), plan.adoptionDecision(), plan.adoptedOn(), plan.source(),
				plan.description(),
				plan.focusAreas()
					.stream()
					.map(f -> new FocusArea(f.number(), f.title(), f.description(),
							f.goals().stream().map(PlanView.GoalView::text).toList(),
							f.indicators()
								.stream()
								.map(i -> new Indicator(i.name(), i.unit(), i.direction(), i.source(), i.koladaKpi(),
										i.definition(),
										i.statedFigures()
											.stream()
											.map(s -> new StatedFigure(s.description(), s.period(), s.value(),
													s.unit()))
											.toList()))
								.toList(),
							f.activities()
								.stream()
								.map(a -> new Activity(a.number(), a.text(), a.note(), a.leadConfirmed(),
										a.committees()
											.stream()
											.map(c -> new Committee(c.name(), c.shortName(), c.lead()))
											.toList()))
								.toList()))
					.toList(),
				plan.organisation().stream().map(o -> new OrganisationBody(o.name(), o.level(), o.role())).toList(),
				false);
	}

}
