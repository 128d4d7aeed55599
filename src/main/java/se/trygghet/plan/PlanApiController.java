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

/**
 * Open data: adopted plans for anyone, drafts and archived plans too for signed-in staff. Texts are the plan's own;
 * nothing here is demo data.
 */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = "application/json")
@Tag(name = "Plans", description = "Action plans: focus areas, goals, indicators, activities and responsible committees")
class PlanApiController {

	private final PlanApiDocuments documents;

	PlanApiController(PlanApiDocuments documents) {
		this.documents = documents;
	}

	public record PlanSummary(UUID id, String key, String name, String municipality, int periodFrom, int periodTo,
			PlanState state, @Nullable LocalDate adoptedOn, String href) {
	}

	public record Plan(UUID id, String key, String name, String municipality, int periodFrom, int periodTo, PlanState state,
			@Nullable String adoptedBy, @Nullable String adoptionDecision, @Nullable LocalDate adoptedOn,
			@Nullable String source, @Nullable String description, List<FocusArea> focusAreas,
			List<OrganisationBody> organisation, boolean demoData) {
	}

	public record FocusArea(int number, String title, @Nullable String description, List<String> goals,
			List<Indicator> indicators, List<Activity> activities) {
	}

	public record Indicator(String name, String unit, Direction desiredDirection, String source, @Nullable String koladaKpi,
			@Nullable String definition, List<StatedFigure> statedFigures) {
	}

	public record StatedFigure(String description, String period, BigDecimal value, String unit) {
	}

	public record Activity(String number, String title, @Nullable String note, boolean leadConfirmed,
			List<Committee> committees) {
	}

	public record Committee(String name, @Nullable String shortName, boolean lead) {
	}

	public record OrganisationBody(String name, OrganisationLevel level, String role) {
	}

	@GetMapping
	@Operation(summary = "List plans", description = "Adopted plans for everyone; all plans for signed-in staff.")
	ResponseEntity<List<PlanSummary>> plans() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(documents.summaries());
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
		PlanApiDocuments.Document plan = documents.plan(id);
		if (request.checkNotModified(plan.etag())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.eTag(plan.etag())
			.body(plan.json().get());
	}

}
