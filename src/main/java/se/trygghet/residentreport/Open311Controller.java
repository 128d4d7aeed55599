package se.trygghet.residentreport;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.trygghet.system.Refusal;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/) at {@code /open311/v2}, in JSON and XML. One
 * jurisdiction, so {@code jurisdiction_id} is optional. Services are the report categories and of type {@code batch}:
 * a partner app's report is moderated before it is public, so POST answers with a token, and
 * {@code tokens/{token}} gives the request id once the report is published. Errors are answered in the spec's own
 * shape ({@code [{"code":400,"description":"…"}]}), not as problem+json.
 */
@RestController
class Open311Controller {

	static final Duration MAX_SPAN = Duration.ofDays(90);

	private final ResidentReporting reporting;

	private final Open311Requests requests;

	private final Open311Keys keys;

	private final Clock clock;

	private final String baseUrl;

	private final String jurisdiction;

	Open311Controller(ResidentReporting reporting, Open311Requests requests, Open311Keys keys, Clock clock,
			@Value("${app.base-url:http://localhost:8080}") String baseUrl,
			@Value("${app.open311.jurisdiction:vasteras.se}") String jurisdiction) {
		this.reporting = reporting;
		this.requests = requests;
		this.keys = keys;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.jurisdiction = jurisdiction;
	}

	/** A request the spec says to refuse, with its HTTP status. */
	static class Open311Error extends RuntimeException {

		final int status;

		Open311Error(int status, String description) {
			super(description);
			this.status = status;
		}

	}

	@GetMapping("/open311/v2/discovery.{format}")
	ResponseEntity<?> discovery(@PathVariable String format) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", baseUrl + "/open311/v2");
		endpoint.put("changeset", "2026-11-25T00:00:00+01:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", "2026-11-25T00:00:00+01:00");
		discovery.put("contact", "Västerås stad, Stadsledningskontoret – " + baseUrl + "/rapportera");
		discovery.put("key_service", "Kontakta Stadsledningskontoret för en API-nyckel.");
		discovery.put("endpoints", List.of(endpoint));
		return answer(format, discovery, "discovery", null);
	}

	@GetMapping("/open311/v2/services.{format}")
	ResponseEntity<?> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdictionId) {
		checkJurisdiction(jurisdictionId);
		List<Map<String, Object>> services = reporting.categories().stream().<Map<String, Object>>map(c -> {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", c.code());
			service.put("service_name", c.nameSv());
			service.put("description", c.nameSv() + " (" + c.nameEn() + ")");
			service.put("metadata", false);
			service.put("type", "batch");
			service.put("keywords", "");
			service.put("group", "Otrygga platser");
			return service;
		}).toList();
		return answer(format, services, "services", "service");
	}

	@GetMapping("/open311/v2/services/{code}.{format}")
	ResponseEntity<?> service(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdictionId) {
		checkJurisdiction(jurisdictionId);
		checkFormat(format);
		if (reporting.categories().stream().noneMatch(c -> c.code().equals(code))) {
			throw new Open311Error(404, "service_code not found: " + code);
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", code);
		definition.put("attributes", List.of());
		return answer(format, definition, "service_definition", null);
	}

	@PostMapping("/open311/v2/requests.{format}")
	ResponseEntity<?> create(@PathVariable String format, HttpServletRequest request) {
		checkFormat(format);
		checkJurisdiction(request.getParameter("jurisdiction_id"));
		String code = request.getParameter("service_code");
		if (code == null || code.isBlank()) {
			throw new Open311Error(400, "service_code is required");
		}
		String client = keys.client(request.getParameter("api_key"))
			.orElseThrow(() -> new Open311Error(403, "api_key missing or invalid"));
		ResidentReporting.Category category = reporting.categories()
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new Open311Error(404, "service_code not found: " + code));
		Double lat = number(request.getParameter("lat"), "lat");
		Double lon = number(request.getParameter("long"), "long");
		if (lat == null || lon == null) {
			throw new Open311Error(400, "lat and long are required (address_string and address_id are not supported)");
		}
		String description = request.getParameter("description");
		if (description != null && description.length() > 4000) {
			throw new Open311Error(400, "description may be at most 4000 characters");
		}
		NewResidentReport report = new NewResidentReport(code, lat, lon,
				description == null || description.isBlank() ? category.nameSv() : description,
				request.getParameter("email"));
		ResidentReporting.Submitted submitted;
		try {
			submitted = reporting.submit(report, null, "OPEN311", client, false);
		}
		catch (Refusal ex) {
			throw new Open311Error(400, describe(ex));
		}
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("token", submitted.open311Token().toString());
		created.put("service_notice", "Rapporten granskas innan den publiceras.");
		return answer(format, List.of(created), "service_requests", "request");
	}

	private static String describe(Refusal ex) {
		return ex.fieldCodes().entrySet().stream().map(e -> switch (e.getValue()) {
			case "resident.location.outside" -> "lat/long: the point lies outside the municipality";
			case "resident.description.personnummer" -> "description: must not contain a personal identity number";
			case "resident.description.phone" -> "description: must not contain a phone number";
			case "resident.description.tooLong" -> "description: too long";
			case "resident.email.invalid" -> "email: not a valid e-mail address";
			default -> e.getKey() + ": invalid";
		}).reduce((a, b) -> a + "; " + b).orElse("invalid request");
	}

	@GetMapping("/open311/v2/requests.{format}")
	ResponseEntity<?> find(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) @Nullable String ids,
			@RequestParam(name = "service_code", required = false) @Nullable String codes,
			@RequestParam(name = "start_date", required = false) @Nullable String startDate,
			@RequestParam(name = "end_date", required = false) @Nullable String endDate,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdictionId) {
		checkFormat(format);
		checkJurisdiction(jurisdictionId);
		List<Long> idList = ids == null || ids.isBlank() ? null : Arrays.stream(ids.split(",")).map(String::strip)
			.map(id -> {
				try {
					return Long.parseLong(id);
				}
				catch (NumberFormatException ex) {
					throw new Open311Error(400, "service_request_id must be a comma-separated list of ids");
				}
			})
			.toList();
		List<String> codeList = codes == null || codes.isBlank() ? null
				: Arrays.stream(codes.split(",")).map(String::strip).toList();
		if (status != null && !status.isBlank() && !status.equals("open") && !status.equals("closed")) {
			throw new Open311Error(400, "status must be open or closed");
		}
		OffsetDateTime end = endDate == null || endDate.isBlank() ? OffsetDateTime.now(clock) : date(endDate, "end_date");
		OffsetDateTime start = startDate == null || startDate.isBlank() ? end.minus(MAX_SPAN)
				: date(startDate, "start_date");
		if (endDate == null && startDate != null) {
			end = start.plus(MAX_SPAN);
		}
		if (start.isAfter(end)) {
			throw new Open311Error(400, "start_date must not be after end_date");
		}
		if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
			throw new Open311Error(400, "start_date and end_date may be at most 90 days apart");
		}
		List<Map<String, Object>> found = requests.find(new Open311Requests.Query(idList, codeList, start, end,
				status == null || status.isBlank() ? null : status), baseUrl);
		return answer(format, found, "service_requests", "request");
	}

	@GetMapping("/open311/v2/requests/{id}.{format}")
	ResponseEntity<?> one(@PathVariable String id, @PathVariable String format) {
		checkFormat(format);
		long number;
		try {
			number = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(404, "service_request_id not found: " + id);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Map<String, Object>> found = requests.find(new Open311Requests.Query(List.of(number), null, now, now,
				null), baseUrl);
		if (found.isEmpty()) {
			throw new Open311Error(404, "service_request_id not found: " + id);
		}
		return answer(format, found, "service_requests", "request");
	}

	@GetMapping("/open311/v2/tokens/{token}.{format}")
	ResponseEntity<?> token(@PathVariable String token, @PathVariable String format) {
		checkFormat(format);
		UUID id;
		try {
			id = UUID.fromString(token);
		}
		catch (IllegalArgumentException ex) {
			throw new Open311Error(404, "token not found");
		}
		Map<String, Object> row = requests.token(id).orElseThrow(() -> new Open311Error(404, "token not found"));
		return answer(format, List.of(row), "service_requests", "request");
	}

	private void checkJurisdiction(@Nullable String id) {
		if (id != null && !id.isBlank() && !id.strip().equals(jurisdiction)) {
			throw new Open311Error(404, "jurisdiction_id not found: " + id);
		}
	}

	private static void checkFormat(String format) {
		if (!format.equals("json") && !format.equals("xml")) {
			throw new Open311Error(400, "format must be json or xml");
		}
	}

	private static @Nullable Double number(@Nullable String text, String name) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip());
			if (!Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(400, name + " must be a decimal number (WGS84 degrees)");
		}
	}

	private static OffsetDateTime date(String text, String name) {
		try {
			return OffsetDateTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Open311Error(400, name + " must be a W3C datetime, e.g. 2026-11-01T00:00:00+01:00");
		}
	}

	private static ResponseEntity<?> answer(String format, Object body, String root, @Nullable String item) {
		checkFormat(format);
		if (format.equals("xml")) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8))
				.body(Open311Xml.write(root, item, body));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<?> error(Open311Error ex, HttpServletRequest request) {
		return error(ex.status, ex.getMessage(), request);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<?> badRequest(Exception ex, HttpServletRequest request) {
		return error(400, "invalid request", request);
	}

	private static ResponseEntity<?> error(int status, String description, HttpServletRequest request) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status);
		error.put("description", description);
		boolean xml = request.getRequestURI().endsWith(".xml");
		return ResponseEntity.status(status)
			.contentType(xml ? new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8)
					: MediaType.APPLICATION_JSON)
			.body(xml ? Open311Xml.write("errors", "error", List.of(error)) : List.of(error));
	}

}
