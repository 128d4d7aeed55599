package se.trygghet.situation;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hot spots, kernel density and incident clusters as GeoJSON, for the map and for analysts' own tools. */
@RestController
class HotSpotApiController {

	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final HotSpots hotSpots;

	private final IncidentClusters clusters;

	private final IncidentReporting reporting;

	private final Clock clock;

	HotSpotApiController(HotSpots hotSpots, IncidentClusters clusters, IncidentReporting reporting, Clock clock) {
		this.hotSpots = hotSpots;
		this.clusters = clusters;
		this.reporting = reporting;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/hotspots", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Hot spots (Getis-Ord Gi*)",
			description = "Grid cells in SWEREF 99 TM (returned in WGS84) with incidents or a significant score: count, "
					+ "z, p, pFdr (Benjamini-Hochberg) and bin -3..3. Dates are days in Swedish time; 'to' is exclusive; "
					+ "weekdays = ISO days 1-7 (e.g. 6,7) and hours = a span 0-23 (e.g. 18-23 or 22-4) in Swedish time narrow it. "
					+ "Formulas: docs/HOTSPOTS.md.")
	ResponseEntity<?> hotspots(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String categories,
			@RequestParam(defaultValue = "250") int cellSize, @RequestParam(required = false) @Nullable String weekdays,
			@RequestParam(required = false) @Nullable String hours) {
		// kept until incidents or areas change: everyone opening the map asks for the same year
		return answer(() -> hotSpots.geoJson(reporting.municipality(), query(from, to, categories, cellSize, weekdays, hours)));
	}

	@GetMapping(path = "/api/v1/hotspots/density",
			produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Kernel density (quartic kernel)",
			description = "Grid cells of the study area (returned in WGS84) with 'density' in incidents per km² at the "
					+ "cell's centre, K(d) = 3/(πh²)·(1−d²/h²)² for d < h, and its 'class' 1-5 (quintiles of the cells' "
					+ "densities; limits in 'classes'). bandwidth h in metres, 100-5000 and at most 20 cells. "
					+ "Formulas: docs/HOTSPOTS.md.")
	ResponseEntity<?> density(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String categories,
			@RequestParam(defaultValue = "250") int cellSize, @RequestParam(defaultValue = "500") int bandwidth,
			@RequestParam(required = false) @Nullable String weekdays, @RequestParam(required = false) @Nullable String hours) {
		return answer(() -> hotSpots.densityGeoJson(
				hotSpots.density(reporting.municipality(), query(from, to, categories, cellSize, weekdays, hours), bandwidth)));
	}

	@GetMapping(path = "/api/v1/incidents/clusters",
			produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Incidents in a map view, clustered",
			description = "bbox = west,south,east,north in WGS84 degrees; zoom = Leaflet's zoom 0-22. Incidents are "
					+ "grouped on a SWEREF 99 TM grid of 60 screen pixels at that zoom; each group is a point at its mean "
					+ "position with 'count', and a group of one also has 'category', 'occurredAt' and 'severity'. "
					+ "Never descriptions or reporters. 'byArea' counts the view's incidents per area.")
	ResponseEntity<?> clusters(@RequestParam(required = false) @Nullable String bbox,
			@RequestParam(required = false) @Nullable Integer zoom, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String categories,
			@RequestParam(required = false) @Nullable String weekdays, @RequestParam(required = false) @Nullable String hours) {
		return answer(() -> {
			if (bbox == null || zoom == null) {
				throw new IllegalArgumentException("bbox and zoom are required");
			}
			return IncidentClusters.geoJson(clusters.clusters(reporting.municipality(),
					filter(from, to, categories, weekdays, hours), IncidentClusters.Bbox.parse(bbox), zoom));
		});
	}

	private HotSpots.Query query(@Nullable String from, @Nullable String to, @Nullable String categories, int cellSize,
			@Nullable String weekdays, @Nullable String hours) {
		HotSpots.IncidentFilter filter = filter(from, to, categories, weekdays, hours);
		return new HotSpots.Query(filter.from(), filter.to(), filter.categories(), cellSize, filter.weekdays(),
				filter.hours());
	}

	/**
	 * The period (a year up to today by default), categories, ISO weekdays ({@code 6,7}) and hours ({@code 18-23},
	 * {@code 22-4}), each checked.
	 */
	private HotSpots.IncidentFilter filter(@Nullable String from, @Nullable String to, @Nullable String categories,
			@Nullable String weekdays, @Nullable String hours) {
		LocalDate today = LocalDate.now(clock);
		Set<String> wanted = categories == null || categories.isBlank() ? Set.of()
				: Arrays.stream(categories.split(",")).map(String::strip).collect(Collectors.toSet());
		if (!reporting.categories().containsAll(wanted)) {
			throw new IllegalArgumentException("Unknown category in 'categories'");
		}
		try {
			return new HotSpots.IncidentFilter(from == null ? today.minusYears(1) : LocalDate.parse(from),
					to == null ? today.plusDays(1) : LocalDate.parse(to), wanted, HotSpots.Weekdays.parse(weekdays),
					hours == null || hours.isBlank() ? null : HotSpots.Hours.parse(hours));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Dates must be given as YYYY-MM-DD");
		}
	}

	/** The GeoJSON, or a problem for bad input: a parameter out of range, or a grid too fine for the area. */
	private static ResponseEntity<?> answer(Supplier<String> geoJson) {
		try {
			return ResponseEntity.ok().contentType(GEO_JSON).body(geoJson.get());
		}
		catch (IllegalArgumentException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
	}

}
