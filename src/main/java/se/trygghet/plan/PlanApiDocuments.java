package se.trygghet.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.PlanApiController.Activity;
import se.trygghet.plan.PlanApiController.Committee;
import se.trygghet.plan.PlanApiController.FocusArea;
import se.trygghet.plan.PlanApiController.Indicator;
import se.trygghet.plan.PlanApiController.OrganisationBody;
import se.trygghet.plan.PlanApiController.Plan;
import se.trygghet.plan.PlanApiController.PlanSummary;
import se.trygghet.plan.PlanApiController.StatedFigure;
import se.trygghet.system.Caches;
import se.trygghet.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans as the open API gives them (the records of {@link PlanApiController}): adopted plans for anyone, drafts and
 * archived plans too for signed-in staff. One plan's tree is serialised once per plan revision and kept (cache
 * {@value #CACHE}): every caller of an unchanged plan gets the same bytes, and its ETag is known before they are made.
 */
@Component
class PlanApiDocuments {

	static final String CACHE = "plan-api";

	private final PlanViews views;

	private final CurrentUsers currentUsers;

	private final JsonMapper mapper;

	private final Caches.NamedCache bodies;

	PlanApiDocuments(PlanViews views, CurrentUsers currentUsers, JsonMapper mapper, Caches caches) {
		this.views = views;
		this.currentUsers = currentUsers;
		this.mapper = mapper;
		this.bodies = caches.named(CACHE);
	}

	/** One plan's tree: its ETag, and its JSON, made when asked. */
	public record Document(String etag, Supplier<byte[]> json) {
	}

	List<PlanSummary> summaries() {
		boolean staff = currentUsers.current().isPresent();
		return views.summaries()
			.stream()
			.filter(p -> staff || p.state() == PlanState.ADOPTED)
			.map(p -> new PlanSummary(p.id(), p.key(), p.name(), p.municipality(), p.periodFrom(), p.periodTo(),
					p.state(), p.adoptedOn(), "/api/v1/plans/" + p.id()))
			.toList();
	}

	/** The plan with this id or key, if the caller may read it. */
	Document plan(String idOrKey) {
		Optional<PlanView> found = parseUuid(idOrKey).map(views::byId).orElseGet(() -> views.byKey(idOrKey));
		PlanView plan = found.filter(p -> p.state() == PlanState.ADOPTED || currentUsers.current().isPresent())
			.orElseThrow(() -> new NotFoundException("Planen"));
		// weak: the same version is sent gzipped or not (Tomcat compresses no answer with a strong ETag)
		String etag = "W/\"" + plan.id() + "-" + plan.revision() + "\"";
		return new Document(etag, () -> bodies.get(List.of(plan.id(), plan.revision()),
				() -> mapper.writeValueAsBytes(toApi(plan))));
	}

	private static Optional<UUID> parseUuid(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
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
