package se.trygghet.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.trygghet.indicator.IndicatorDownloads.BadParameter;
import se.trygghet.indicator.IndicatorDownloads.Download;
import se.trygghet.plan.Direction;
import se.trygghet.plan.IndicatorId;
import se.trygghet.system.NotFoundException;

/**
 * Open data: the indicators of adopted plans with their latest value and verdict, and their measurements as JSON, CSV
 * (for Swedish Excel: UTF-8 with a byte-order mark, semicolons, decimal comma) or XLSX. Everyone gets the values the
 * public may see (suppressed values without a number, with status and reason; ".." in CSV and XLSX); staff who read
 * internal data may ask for the values as stored with {@code audience=internal}. Every demo value says so. The
 * answers, their ETags and their checks come from {@link IndicatorDownloads}; a client that has an answer gets 304.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "The plans' indicators, their verdicts and their measurements")
class IndicatorApiController {

	private final IndicatorDownloads downloads;

	IndicatorApiController(IndicatorDownloads downloads) {
		this.downloads = downloads;
	}

	public record Indicator(UUID id, String name, String plan, int focusArea, String unit, Direction desiredDirection,
			String source, @Nullable String koladaKpi, @Nullable Value latest, VerdictJson verdict, boolean demo,
			String href) {
	}

	public record VerdictJson(Verdict verdict, String symbol, String text, String reason) {
	}

	public record Value(String period, @Nullable BigDecimal value, MeasurementStatus status, IndicatorCatalog.@Nullable SuppressionReason suppressed,
			@Nullable String reason, boolean demo) {
	}

	public record Measurement(String period, UUID areaId, String areaCode, String areaName, String breakdown,
			@Nullable BigDecimal value, MeasurementStatus status, IndicatorCatalog.@Nullable SuppressionReason suppressed,
			@Nullable String reason, String source, String methodVersion, @Nullable LocalDate publishedOn,
			boolean demo) {
	}

	public record MeasurementList(UUID indicator, String name, String unit, Audience audience, boolean demo, Set<String> sources,
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
		return answer(downloads.indicators(plan, audience, locale), request);
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
	ResponseEntity<byte[]> measurements(@Parameter(description = "The indicator's id", schema = @Schema(type = "string", format = "uuid")) @PathVariable IndicatorId id,
			@Parameter(description = "An area's id; by default every area") @RequestParam(required = false) @Nullable String area,
			@Parameter(description = "A period: 2023, 2023H1, 2023Q2 or 2023-05; by default every period") @RequestParam(required = false) @Nullable String period,
			@Parameter(description = "A breakdown: total, or category=option such as kon=kvinnor; by default all") @RequestParam(required = false) @Nullable String breakdown,
			@Parameter(description = "json (default), csv or xlsx") @RequestParam(required = false) @Nullable String format,
			@Parameter(description = "public (default) or internal (signed-in staff only)") @RequestParam(required = false) @Nullable String audience,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept, Locale locale,
			WebRequest request) {
		return answer(downloads.measurements(id,
				new IndicatorDownloads.MeasurementQuery(area, period, breakdown, format, audience, accept), locale),
				request);
	}

	/** 304 when the client has this version; else the body, never kept by a cache without asking again. */
	private static @Nullable ResponseEntity<byte[]> answer(Download download, WebRequest request) {
		if (request.checkNotModified(download.etag())) {
			return null;
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(download.type())
			.cacheControl(CacheControl.noCache())
			.eTag(download.etag());
		if (download.fileName() != null) {
			answer.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName()).build().toString());
		}
		return answer.body(download.body().get());
	}

	@ExceptionHandler(BadParameter.class)
	ResponseEntity<ProblemDetail> badParameter(BadParameter ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/** The id in the path is not an indicator id at all. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badPathVariable(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "The indicator id must be a UUID, not \"" + ex.getValue() + "\"");
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
