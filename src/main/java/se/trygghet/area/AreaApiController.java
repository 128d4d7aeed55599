package se.trygghet.area;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import se.trygghet.system.NotFoundException;

/**
 * Open data: areas as GeoJSON in WGS84, for Leaflet and anyone else. Invented demo boundaries carry
 * {@code demo: true}. Answers carry an ETag that changes with any area.
 */
@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas", description = "The municipality and its parts (kommundelar, stadsdelar, statistical areas) as GeoJSON")
class AreaApiController {

	private static final MediaType GEO_JSON = MediaType.parseMediaType(GeoJson.MEDIA_TYPE);

	private final AreaIndex index;

	AreaApiController(AreaIndex index) {
		this.index = index;
	}

	@GetMapping
	@Operation(summary = "All areas as a GeoJSON FeatureCollection",
			description = "Each feature's id is the area's id; properties: name, level, code, municipality, parent "
					+ "(id), demo (true when the boundary was invented for a demonstration) and source. Coordinates "
					+ "are WGS84 longitude/latitude rounded to six decimals; an area without a boundary has a null "
					+ "geometry.",
			responses = @ApiResponse(responseCode = "200", description = "The areas",
					content = @Content(mediaType = GeoJson.MEDIA_TYPE)))
	ResponseEntity<byte[]> areas(
			@Parameter(description = "Only areas of this level") @RequestParam(required = false) @Nullable AreaLevel level,
			@Parameter(description = "Only areas of this municipality (kommunkod, e.g. 1980)")
			@RequestParam(required = false) @Nullable String municipality, WebRequest request) {
		AreaSnapshot snapshot = index.snapshot();
		// weak: the same version is sent gzipped or not (Tomcat compresses no answer with a strong ETag)
		String etag = "W/\"areas-" + snapshot.revision() + "-" + level + "-" + municipality + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return geoJson(etag, index.featureCollection(snapshot, level, municipality));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One area as a GeoJSON Feature",
			responses = { @ApiResponse(responseCode = "200", description = "The area",
					content = @Content(mediaType = GeoJson.MEDIA_TYPE)),
					@ApiResponse(responseCode = "404", description = "No such area",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = ProblemDetail.class))) })
	ResponseEntity<byte[]> area(@Parameter(description = "The area's id (UUID)") @PathVariable String id,
			WebRequest request) {
		AreaSnapshot snapshot = index.snapshot();
		AreaSnapshot.Indexed area = AreaPageController.parse(id)
			.flatMap(snapshot::byId)
			.orElseThrow(() -> new NotFoundException("Området"));
		String etag = "W/\"area-" + id + "-" + snapshot.revision() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return geoJson(etag, GeoJson.feature(area));
	}

	private static ResponseEntity<byte[]> geoJson(String etag, byte[] body) {
		return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.noCache()).eTag(etag).body(body);
	}

}
