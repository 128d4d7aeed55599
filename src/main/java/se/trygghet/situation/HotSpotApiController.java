package se.trygghet.situation;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hot spots as GeoJSON grid cells, for the map and for analysts' own tools. */
@RestController
class HotSpotApiController {

	private final HotSpots hotSpots;

	private final IncidentReporting reporting;

	private final Clock clock;

	HotSpotApiController(HotSpots hotSpots, IncidentReporting reporting, Clock clock) {
		this.hotSpots = hotSpots;
		this.reporting = reporting;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/hotspots", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Hot spots (Getis-Ord Gi*)",
			description = "Grid cells in SWEREF 99 TM (returned in WGS84) with incidents or a significant score: count, "
					+ "z, p, pFdr (Benjamini-Hochberg) and bin -3..3. Dates are days in Swedish time; 'to' is exclusive. "
					+ "Formulas: docs/HOTSPOTS.md.")
	ResponseEntity<?> hotspots(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String categories,
			@RequestParam(defaultValue = "250") int cellSize) {
		HotSpots.Query query;
		try {
			LocalDate today = LocalDate.now(clock);
			Set<String> wanted = categories == null || categories.isBlank() ? Set.of()
					: Arrays.stream(categories.split(",")).map(String::strip).collect(Collectors.toSet());
			if (!reporting.categories().containsAll(wanted)) {
				return problem("Unknown category in 'categories'");
			}
			query = new HotSpots.Query(from == null ? today.minusYears(1) : LocalDate.parse(from),
					to == null ? today.plusDays(1) : LocalDate.parse(to), wanted, cellSize);
		}
		catch (DateTimeParseException ex) {
			return problem("Dates must be given as YYYY-MM-DD");
		}
		catch (IllegalArgumentException ex) {
			return problem(ex.getMessage());
		}
		try {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/geo+json"))
				.body(hotSpots.geoJson(reporting.municipality(), query));
		}
		catch (IllegalArgumentException ex) {
			return problem(ex.getMessage());
		}
	}

	private static ResponseEntity<ProblemDetail> problem(@Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
