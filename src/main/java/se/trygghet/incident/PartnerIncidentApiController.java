package se.trygghet.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghet.system.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner systems send incidents here with an API token ({@code Authorization: Bearer tp_…}); a browser session
 * counts for nothing on these paths (see {@link IncidentAuthorization#paths()}).
 */
@RestController
@RequestMapping("/api/v1/incidents")
@SecurityScheme(name = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API token an admin issued at /admin/api-tokens (tp_…)")
class PartnerIncidentApiController {

	private static final JsonMapper JSON = se.trygghet.system.TextInput.cleaning(JsonMapper.builder()).build();

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final PartnerIncidents incidents;

	private final MessageSource messages;

	PartnerIncidentApiController(PartnerIncidents incidents, MessageSource messages) {
		this.incidents = incidents;
		this.messages = messages;
	}

	/** The shape of one incident, for the OpenAPI description (the body is read by hand, to report every problem). */
	@Schema(name = "PartnerIncident", description = "One incident. Give latitude/longitude (WGS84) or east/north "
			+ "(SWEREF 99 TM), not both. No personal identity or phone numbers in the description: they are refused.")
	public record IncidentJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			description = "Your own id; sending it again is answered as already received") String externalId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "klotter") String category,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-25T14:32:00+01:00",
					description = "ISO-8601 with offset") String occurredAt,
			@Schema(example = "59.6150") Double latitude, @Schema(example = "16.5450") Double longitude,
			@Schema(example = "588200") Double east, @Schema(example = "6610000") Double north,
			@Schema(description = "Defaults to the organisation the token reports for") String organisation,
			String reporterRole,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3") Integer severity,
			@Schema(maxLength = IncidentReporting.MAX_DESCRIPTION) String description) {
	}

	public record ReceivedJson(int index, String externalId, UUID id, String status) {
	}

	public record ErrorJson(int index, String field, String message, String messageEn) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send incidents (one object or an array of at most 1000)",
			description = "All or nothing: with any problem in any item nothing is stored and every problem is "
					+ "listed in a 422 problem with errors[] (index, field, message in Swedish, messageEn). An "
					+ "externalId your organisation sent before is not stored again (status ALREADY_RECEIVED).",
			security = @SecurityRequirement(name = "apiToken"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = IncidentJson.class)))),
			responses = { @ApiResponse(responseCode = "201", description = "Stored (ids per item)"),
					@ApiResponse(responseCode = "200", description = "Every item was received before"),
					@ApiResponse(responseCode = "401", description = "No valid token"),
					@ApiResponse(responseCode = "422", description = "Problems; nothing stored") })
	ResponseEntity<?> receive(@RequestBody(required = false) @Nullable String body) {
		JsonNode root;
		try {
			root = body == null || body.isBlank() ? null : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not JSON.");
		}
		List<JsonNode> nodes = new ArrayList<>();
		if (root != null && root.isArray()) {
			root.forEach(nodes::add);
		}
		else if (root != null && root.isObject()) {
			nodes.add(root);
		}
		else {
			return problem(HttpStatus.BAD_REQUEST, "Send one incident object or an array of them.");
		}
		if (nodes.isEmpty() || nodes.size() > PartnerIncidents.MAX_BATCH) {
			return problem(HttpStatus.BAD_REQUEST,
					"Send between 1 and " + PartnerIncidents.MAX_BATCH + " incidents in one request.");
		}
		PartnerIncidents.Outcome outcome;
		try {
			outcome = incidents.receive(nodes.stream().map(PartnerIncidentApiController::item).toList());
		}
		catch (DuplicateKeyException ex) {
			// the same externalId in two requests at the same moment: one stored it, this one may simply retry
			return problem(HttpStatus.CONFLICT, "An incident with the same externalId arrived at the same time; "
					+ "send again to get its id.");
		}
		if (!outcome.problems().isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					"Nothing was stored: " + outcome.problems().size() + " problem(s).");
			problem.setTitle("Invalid incidents");
			problem.setProperty("errors", outcome.problems().stream()
				.map(p -> new ErrorJson(p.index(), p.field(), message(p.code(), SWEDISH), message(p.code(), Locale.ENGLISH)))
				.toList());
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("created", outcome.created());
		answer.put("alreadyReceived", outcome.incidents().size() - outcome.created());
		answer.put("incidents", outcome.incidents().stream()
			.map(r -> new ReceivedJson(r.index(), r.externalId(), r.id(), r.created() ? "CREATED" : "ALREADY_RECEIVED"))
			.toList());
		if (outcome.created() == 0) {
			return ResponseEntity.ok(answer);
		}
		ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED);
		if (outcome.incidents().size() == 1) {
			created.location(URI.create("/api/v1/incidents/" + outcome.incidents().get(0).id()));
		}
		return created.body(answer);
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An incident this token sent", security = @SecurityRequirement(name = "apiToken"),
			responses = { @ApiResponse(responseCode = "200"),
					@ApiResponse(responseCode = "404", description = "No such incident sent with this token") })
	PartnerIncidents.Stored read(@PathVariable UUID id) {
		return incidents.read(id).orElseThrow(() -> new NotFoundException("The incident"));
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

	private static PartnerIncidents.Item item(JsonNode node) {
		return new PartnerIncidents.Item(text(node, "externalId"), text(node, "category"), text(node, "occurredAt"),
				text(node, "latitude"), text(node, "longitude"), text(node, "east"), text(node, "north"),
				text(node, "organisation"), text(node, "reporterRole"), text(node, "severity"),
				text(node, "description"));
	}

	/** A value as text: numbers and strings as they are, anything else (an object, an array) as its JSON. */
	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.isObject() ? node.get(field) : null;
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
