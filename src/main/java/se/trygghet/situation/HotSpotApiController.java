package se.trygghet.situation;

import io.swagger.v3.oas.annotations.Operation;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.trygghet.incident.IncidentReporting;

/** Hot spots, kernel density and incident clusters as GeoJSON, for the map and for analysts' own tools. */
@RestController
class HotSpotApiController {

	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final HotSpots hotSpots;

	private final IncidentClusters clusters;

	private final IncidentReporting reporting;

	private final HotSpotQueries queries;

	HotSpotApiController(HotSpots hotSpots, IncidentClusters clusters, IncidentReporting reporting,
			HotSpotQueries queries) {
		this.hotSpots = hotSpots;
		this.clusters = clusters;
		this.reporting = reporting;
		this.queries = queries;
	}

	@GetMapping(path = "/api/v1/hotspots", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Hot spots (Getis-Ord Gi*)",
			description = "Grid cells in SWEREF 99 TM (returned in WGS84) with incidents or a significant score: the "
					+ "area the cell lies in, count, z, p, pFdr (Benjamini-Hochberg) and bin -3..3; the cell of (E, N) is "
					+ "(floor(E / cellSize), floor(N / cellSize)), its id 'column-row'. The collection states "
					+ "studyAreaCells, incidents (counted), outsideStudyArea (left out), significantCells, hotSpots and "
					+ "coldSpots. Dates are days in Swedish time; 'to' is exclusive; weekdays = ISO days 1-7 (e.g. 6,7) "
					+ "and hours = a span 0-23 (e.g. 18-23 or 22-4) in Swedish time narrow it. The method is explained "
					+ "on the page /situation/method.")
	ResponseEntity<?> hotspots(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String categories,
			@RequestParam(defaultValue = "250") int cellSize, @RequestParam(required = false) @Nullable String weekdays,
			@RequestParam(required = false) @Nullable String hours,
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) @Nullable String acceptEncoding) {
		byte[] geoJson;
		try {
			geoJson = hotSpots.geoJson(reporting.municipality(), query(from, to, categories, cellSize, weekdays, hours));
		}
		catch (IllegalArgumentException ex) {
			return problem(ex);
		}
		// megabytes for a year: gzipped here at level 1, which Tomcat (level 6) then leaves as it is (FastGzip)
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(GEO_JSON).varyBy(HttpHeaders.ACCEPT_ENCODING);
		if (FastGzip.accepted(acceptEncoding)) {
			return ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(FastGzip.compress(geoJson));
		}
		return ok.body(geoJson);
	}

	@GetMapping(path = "/api/v1/hotspots/counts", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Hot spots as the map draws them: counts and bins per cell of the grid",
			description = "The same analysis and parameters as /api/v1/hotspots, compactly: the totals (studyAreaCells, "
					+ "incidents, outsideStudyArea, significantCells, hotSpots, coldSpots), 'grid' naming the grid, and "
					+ "'counts' and 'bins' (-3..3) for every cell of the study area in the order of the features of "
					+ "/api/v1/hotspots/grid with the same grid name (which changes only when the areas change). Not "
					+ "GeoJSON: join it to the grid, or use /api/v1/hotspots, which also gives z, p and pFdr.")
	ResponseEntity<?> counts(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String categories,
			@RequestParam(defaultValue = "250") int cellSize, @RequestParam(required = false) @Nullable String weekdays,
			@RequestParam(required = false) @Nullable String hours) {
		return answer(MediaType.APPLICATION_JSON, () -> hotSpots.countsJson(
				hotSpots.analysis(reporting.municipality(), query(from, to, categories, cellSize, weekdays, hours))));
	}

	@GetMapping(path = "/api/v1/hotspots/grid", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The cells of the hot-spot grid",
			description = "Every cell of the study area at cellSize metres as GeoJSON in WGS84: id 'column-row', its "
					+ "square and the area it lies in, in the order of the counts of /api/v1/hotspots/counts. 'grid' names "
					+ "it (also the ETag); it changes only when the areas change, so a client keeps it.")
	ResponseEntity<?> grid(@RequestParam(defaultValue = "250") int cellSize,
			@RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch) {
		HotSpotGrid grid;
		try {
			grid = hotSpots.grid(reporting.municipality(), cellSize);
		}
		catch (IllegalArgumentException ex) {
			return problem(ex);
		}
		// weak: Tomcat gzips no answer with a strong validator, and these megabytes of GeoJSON are worth gzipping
		String etag = "W/\"" + grid.key + "\"";
		// the squares change only with the areas: the browser keeps them and asks whether they still hold
		CacheControl revalidate = CacheControl.noCache().cachePrivate();
		if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals(etag.substring(2)))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(revalidate).build();
		}
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.eTag(etag)
			.cacheControl(revalidate)
			.body(hotSpots.gridGeoJson(grid));
	}

	@GetMapping(path = "/api/v1/hotspots/density",
			produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Kernel density (quartic kernel)",
			description = "Grid cells of the study area (returned in WGS84) with 'density' in incidents per km² at the "
					+ "cell's centre, K(d) = 3/(πh²)·(1−d²/h²)² for d < h, and its 'class' 1-5 (quintiles of the cells' "
					+ "densities; limits in 'classes'). bandwidth h in metres, 100-5000 and at most 20 cells. "
					+ "The method is explained on the page /situation/method.")
	ResponseEntity<?> density(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String categories,
			@RequestParam(defaultValue = "250") int cellSize, @RequestParam(defaultValue = "500") int bandwidth,
			@RequestParam(required = false) @Nullable String weekdays, @RequestParam(required = false) @Nullable String hours) {
		return answer(() -> hotSpots.densityGeoJson(reporting.municipality(),
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
		return queries.query(from, to, categories, cellSize, weekdays, hours);
	}

	private HotSpots.IncidentFilter filter(@Nullable String from, @Nullable String to, @Nullable String categories,
			@Nullable String weekdays, @Nullable String hours) {
		return queries.filter(from, to, categories, weekdays, hours);
	}

	/** The GeoJSON, or a problem for bad input: a parameter out of range, or a grid too fine for the area. */
	private static ResponseEntity<?> answer(Supplier<String> geoJson) {
		return answer(GEO_JSON, geoJson);
	}

	private static ResponseEntity<?> answer(MediaType type, Supplier<String> body) {
		try {
			return ResponseEntity.ok().contentType(type).body(body.get());
		}
		catch (IllegalArgumentException ex) {
			return problem(ex);
		}
	}

	private static ResponseEntity<?> problem(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
