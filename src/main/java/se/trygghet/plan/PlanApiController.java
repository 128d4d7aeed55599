package se.trygghet.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.NotFoundException;

/**
 * Open data: adopted plans for anyone, drafts and archived plans too for signed-in staff. Texts are the plan's own;
 * nothing here is demo data.
 */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = "application/json")
@Tag(name = "Plans", description = "Action plans: focus areas, goals, indicators, activities and responsible committees")
class PlanApiController {

	private final PlanViews views;

	private final CurrentUsers currentUsers;

	private final PlanApiDocuments documents;

	PlanApiController(PlanViews views, CurrentUsers currentUsers, PlanApiDocuments documents) {
		this.views = views;
		this.currentUsers = currentUsers;
		this.documents = documents;
	}

	record PlanSummary(UUID id, String key, String name, String municipality, int periodFrom, int periodTo,
			PlanState state, @Nullable LocalDate adoptedOn, String href) {
	}

	record Plan(UUID id, String key, String name, String municipality, int periodFrom, int periodTo, PlanState state,
			@Nullable String adoptedBy, @Nullable String adoptionDecision, @Nullable LocalDate adoptedOn,
			@Nullable String source, @Nullable String description, List<FocusArea> focusAreas,
			List<OrganisationBody> organisation, boolean demoData) {
	}

	record FocusArea(int number, String title, @Nullable String description, List<String> goals,
			List<Indicator> indicators, List<Activity> activities) {
	}

	record Indicator(String name, String unit, Direction desiredDirection, String source, @Nullable String koladaKpi,
			@Nullable String definition, List<StatedFigure> statedFigures) {
	}

	record StatedFigure(String description, String period, BigDecimal value, String unit) {
	}

	record Activity(String number, String title, @Nullable String note, boolean leadConfirmed,
			List<Committee> committees) {
	}

	record Committee(String name, @Nullable String shortName, boolean lead) {
	}

	record OrganisationBody(String name, OrganisationLevel level, String role) {
	}

	@GetMapping
	@Operation(summary = "List plans", description = "Adopted plans for everyone; all plans for signed-in staff.")
	ResponseEntity<List<PlanSummary>> plans() {
		boolean staff = currentUsers.current().isPresent();
		List<PlanSummary> plans = views.summaries()
			.stream()
			.filter(p -> staff || p.state() == PlanState.ADOPTED)
			.map(p -> new PlanSummary(p.id(), p.key(), p.name(), p.municipality(), p.periodFrom(), p.periodTo(),
					p.state(), p.adoptedOn(), "/api/v1/plans/" + p.id()))
			.toList();
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(plans);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One plan as a whole tree",
			description = "Answers with an ETag that changes whenever anything in the plan changes; send it back in "
					+ "If-None-Match to get 304 Not Modified.",
			responses = { @ApiResponse(responseCode = "200", description = "The plan",
					content = @Content(schema = @Schema(implementation = Plan.class))),
			@ApiResponse(responseCode = "304", description = "Not modified since the ETag you sent"),
			@ApiResponse(responseCode = "404", description = "No such plan, or not public",
					content = @Content(mediaType = "application/problem+json",
							schema = @Schema(implementation = org.springframework.http.ProblemDetail.class))) })
	ResponseEntity<byte[]> plan(@Parameter(description = "The plan's id (UUID) or key, e.g. vasteras-2021-2023")
	@PathVariable String id, WebRequest request) {
		Optional<PlanView> found = parseUuid(id).map(views::byId).orElseGet(() -> views.byKey(id));
		PlanView plan = found.filter(p -> p.state() == PlanState.ADOPTED || currentUsers.current().isPresent())
			.orElseThrow(() -> new NotFoundException("Planen"));
		// weak: the same version is sent gzipped or not (Tomcat compresses no answer with a strong ETag)
		String etag = "W/\"" + plan.id() + "-" + plan.revision() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.eTag(etag)
			.body(documents.json(plan));
	}

	private static Optional<UUID> parseUuid(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
