package se.trygghet.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import se.trygghet.area.AreaId;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.plan.Direction;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.system.NotFoundException;

/**
 * Open data: the indicators of adopted plans with their latest value and verdict, and their measurements as JSON, CSV
 * (for Swedish Excel: UTF-8 with a byte-order mark, semicolons, decimal comma) or XLSX. Everyone gets the values the
 * public may see (suppressed values without a number, with status and reason; ".." in CSV and XLSX); staff who read
 * internal data may ask for the values as stored with {@code audience=internal}. Every demo value says so.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "The plans' indicators, their verdicts and their measurements")
class IndicatorApiController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final IndicatorCatalog catalog;

	private final PlanCatalog plans;

	private final CurrentUsers currentUsers;

	private final IndicatorRevision revision;

	private final IndicatorDownloads downloads;

	IndicatorApiController(IndicatorCatalog catalog, PlanCatalog plans, CurrentUsers currentUsers,
			IndicatorRevision revision, IndicatorDownloads downloads) {
		this.catalog = catalog;
		this.plans = plans;
		this.currentUsers = currentUsers;
		this.revision = revision;
		this.downloads = downloads;
	}

	/** A parameter the API cannot use, answered with 400 and a message saying what it should be. */
	static final class BadParameter extends RuntimeException {

		private static final long serialVersionUID = 1L;

		BadParameter(String message) {
			super(message);
		}

	}

	record Indicator(UUID id, String name, String plan, int focusArea, String unit, Direction desiredDirection,
			String source, @Nullable String koladaKpi, @Nullable Value latest, VerdictJson verdict, boolean demo,
			String href) {
	}

	record VerdictJson(Verdict verdict, String symbol, String text, String reason) {
	}

	record Value(String period, @Nullable BigDecimal value, MeasurementStatus status, IndicatorCatalog.@Nullable SuppressionReason suppressed,
			@Nullable String reason, boolean demo) {
	}

	record Measurement(String period, UUID areaId, String areaCode, String areaName, String breakdown,
			@Nullable BigDecimal value, MeasurementStatus status, IndicatorCatalog.@Nullable SuppressionReason suppressed,
			@Nullable String reason, String source, String methodVersion, @Nullable LocalDate publishedOn,
			boolean demo) {
	}

	record MeasurementList(UUID indicator, String name, String unit, Audience audience, boolean demo, Set<String> sources,
			List<Measurement> measurements) {
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "A plan's indicators",
			description = "Each indicator of the plan (by default the adopted plan with the latest period) with its "
					+ "latest value for the municipality and its verdict. Values are those the public may see unless "
					+ "staff ask for audience=internal.")
	ResponseEntity<byte[]> indicators(
			@Parameter(description = "The plan's key, e.g. vasteras-2021-2023") @RequestParam(required = false) @Nullable String plan,
			@Parameter(description = "public (default) or internal (signed-in staff only)") @RequestParam(required = false) @Nullable String audience,
			Locale locale, WebRequest request) {
		Audience shown = audience(audience);
		PlanCatalog.PlanRef ref = plan(plan);
		List<Object> key = List.of("list", ref.id(), shown, locale.getLanguage(), revision.current());
		String etag = etag(key);
		if (request.checkNotModified(etag)) {
			return null;
		}
		byte[] body = downloads.indicators(key, ref, shown, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.eTag(etag)
			.body(body);
	}

	@GetMapping("/{id}/measurements")
	@Operation(summary = "One indicator's measurements",
			description = "As JSON (default), CSV (format=csv or Accept: text/csv; UTF-8 with BOM, semicolons, "
					+ "decimal comma) or XLSX (format=xlsx). Suppressed values have no number (\"..\" in CSV and XLSX), "
					+ "with status SUPPRESSED and the reason. Every demo value has demo: true.",
			responses = { @ApiResponse(responseCode = "200", description = "The measurements",
					content = { @Content(mediaType = "application/json", schema = @Schema(implementation = MeasurementList.class)),
							@Content(mediaType = "text/csv"), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") }),
					@ApiResponse(responseCode = "400", description = "A parameter is not valid",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "404", description = "No such indicator",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = ProblemDetail.class))) })
	ResponseEntity<byte[]> measurements(@Parameter(description = "The indicator's id") @PathVariable String id,
			@Parameter(description = "An area's id; by default every area") @RequestParam(required = false) @Nullable String area,
			@Parameter(description = "A period: 2023, 2023H1, 2023Q2 or 2023-05; by default every period") @RequestParam(required = false) @Nullable String period,
			@Parameter(description = "A breakdown: total, or category=option such as kon=kvinnor; by default all") @RequestParam(required = false) @Nullable String breakdown,
			@Parameter(description = "json (default), csv or xlsx") @RequestParam(required = false) @Nullable String format,
			@Parameter(description = "public (default) or internal (signed-in staff only)") @RequestParam(required = false) @Nullable String audience,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept, Locale locale,
			WebRequest request) {
		IndicatorId indicatorId = parse(() -> IndicatorId.of(id), "The indicator id must be a UUID, not \"" + id + "\"");
		Audience shown = audience(audience);
		boolean staff = currentUsers.current().isPresent();
		IndicatorSummary indicator = catalog.indicator(indicatorId, shown)
			.filter(i -> staff || plans.plans()
				.stream()
				.anyMatch(p -> p.id().equals(i.plan()) && p.state() == PlanState.ADOPTED))
			.orElseThrow(() -> new NotFoundException("Indikatorn"));
		IndicatorCatalog.SeriesQuery query = IndicatorCatalog.SeriesQuery.all();
		if (area != null && !area.isBlank()) {
			AreaId areaId = parse(() -> new AreaId(UUID.fromString(area.strip())),
					"The area must be an area id (a UUID), not \"" + area + "\"");
			query = query.inAreas(Set.of(areaId));
		}
		if (period != null && !period.isBlank()) {
			Period p = parse(() -> Period.parse(period), "A period is written 2023, 2023H1, 2023Q2 or 2023-05, not \""
					+ period + "\"");
			query = new IndicatorCatalog.SeriesQuery(query.areas(), query.breakdowns(), p, p, p.type(), query.sources());
		}
		if (breakdown != null && !breakdown.isBlank()) {
			Breakdown b = breakdown.strip().equalsIgnoreCase(Breakdown.TOTAL_OPTION) ? Breakdown.TOTAL
					: parse(() -> new Breakdown(breakdown), "A breakdown is written total or category=option, "
					+ "such as kon=kvinnor or alder=16-19;kon=man, not \"" + breakdown + "\"");
			if (!indicator.setup().allows(b)) {
				throw new BadParameter("The indicator is not broken down by \"" + breakdown + "\"; it has "
						+ (indicator.setup().breakdowns().isEmpty() ? "totals only" : indicator.setup().breakdowns()));
			}
			query = query.withBreakdowns(Set.of(b));
		}
		String kind = format(format, accept);
		List<Object> key = List.of("measurements", indicatorId, query, shown, kind, locale.getLanguage(),
				revision.current());
		String etag = etag(key);
		if (request.checkNotModified(etag)) {
			return null;
		}
		byte[] body = downloads.measurements(key, indicator, query, shown, kind, locale);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().cacheControl(CacheControl.noCache()).eTag(etag);
		String file = "indikator-" + indicatorId.value();
		return switch (kind) {
			case "csv" -> answer.contentType(CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file + ".csv").build().toString())
				.body(body);
			case "xlsx" -> answer.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file + ".xlsx").build().toString())
				.body(body);
			default -> answer.contentType(MediaType.APPLICATION_JSON).body(body);
		};
	}

	@ExceptionHandler(BadParameter.class)
	ResponseEntity<ProblemDetail> badParameter(BadParameter ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Audience audience(@Nullable String audience) {
		if (audience == null || audience.isBlank() || audience.equalsIgnoreCase("public")) {
			return Audience.PUBLIC;
		}
		if (!audience.equalsIgnoreCase("internal")) {
			throw new BadParameter("The audience is public or internal, not \"" + audience + "\"");
		}
		if (!Audiences.mayReadInternal(currentUsers)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only signed-in staff may read internal values");
		}
		return Audience.INTERNAL;
	}

	private static String format(@Nullable String format, @Nullable String accept) {
		if (format != null && !format.isBlank()) {
			String f = format.strip().toLowerCase(Locale.ROOT);
			if (!List.of("json", "csv", "xlsx").contains(f)) {
				throw new BadParameter("The format is json, csv or xlsx, not \"" + format + "\"");
			}
			return f;
		}
		if (accept != null && accept.contains("text/csv")) {
			return "csv";
		}
		if (accept != null && accept.contains("spreadsheetml")) {
			return "xlsx";
		}
		return "json";
	}

	/** The plan asked for (adopted only, unless the caller is signed in), or the adopted plan with the latest period. */
	private PlanCatalog.PlanRef plan(@Nullable String key) {
		boolean staff = currentUsers.current().isPresent();
		return plans.plans()
			.stream()
			.filter(p -> staff || p.state() == PlanState.ADOPTED)
			.filter(p -> key == null || key.isBlank() ? p.state() == PlanState.ADOPTED : p.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Planen"));
	}

	/** Weak: the same version is sent gzipped or not (Tomcat compresses no answer with a strong ETag). */
	private static String etag(List<Object> key) {
		return "W/\"" + Integer.toHexString(key.toString().hashCode()) + "\"";
	}

	private static <T> T parse(java.util.function.Supplier<T> parser, String message) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameter(message);
		}
	}

}
