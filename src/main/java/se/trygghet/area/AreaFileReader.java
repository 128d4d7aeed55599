package se.trygghet.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of areas and checks all of it before anything is written (the features and their
 * properties through Jackson, each geometry through JTS's {@link GeoJsonReader}): each feature needs a
 * {@code code}, {@code name} and {@code level}, may name a {@code parent} by code and may say {@code demo: true}; its
 * geometry is a valid Polygon or MultiPolygon, or null. Coordinates are in the system the file's {@code crs} member
 * names (any EPSG system proj4j knows, e.g. SWEREF 99 TM or Västerås' SWEREF 99 16 30), or, when it names none, in
 * the one the importer chose (WGS84 by default), and are given as x, y: longitude, latitude or east, north. A
 * position implausible for its system is refused with the system it would fit. Every problem is reported, each with its feature.
 */
final class AreaFileReader {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final JsonMapper JSON = se.trygghet.system.TextInput.cleaning(JsonMapper.builder()).build();

	/**
	 * The coordinate system of a file that has no {@code crs} member; RFC 7946 prescribes WGS84, but files exported
	 * from the municipality's GIS often are in SWEREF 99 TM or the local zone SWEREF 99 16 30 without saying so. A
	 * file that declares its system is read in that system whatever was chosen.
	 */
	enum SourceCrs {

		WGS84(Projections.WGS84),

		SWEREF99TM(Projections.SWEREF99TM),

		SWEREF99_1630(Projections.SWEREF99_1630);

		final int epsg;

		SourceCrs(int epsg) {
			this.epsg = epsg;
		}

	}

	/** An area's identity within its municipality. */
	public record Key(AreaLevel level, String code) {
	}

	/** A feature that passed every check; its geometry is in SWEREF 99 TM. */
	public record Feature(int index, Key key, String name, @Nullable Key parent, @Nullable Geometry geometry, boolean demo,
			@Nullable String source) {
	}

	public record Result(List<Feature> features, List<AreaFileProblem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}

	}

	private final String municipality;

	private final List<AreaFileProblem> problems = new ArrayList<>();

	private AreaFileReader(String municipality) {
		this.municipality = municipality;
	}

	/**
	 * @param existing the areas the municipality already has, which features may name as their parent
	 */
	static Result read(byte[] content, String municipality, SourceCrs crs, Collection<Key> existing) {
		return new AreaFileReader(municipality).parse(content, crs, existing);
	}

	private Result parse(byte[] content, SourceCrs choice, Collection<Key> existing) {
		if (content.length == 0) {
			return failed("area.file.empty");
		}
		if (content.length > MAX_BYTES) {
			return failed("area.file.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
		}
		if (!municipality.matches("[0-9]{4}")) {
			return failed("area.municipality.invalid", municipality);
		}
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = at == null ? "" : " (rad " + at.getLineNr() + ", kolumn " + at.getColumnNr() + ")";
			return failed("area.file.malformed", ex.getOriginalMessage() + where);
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))
				|| !root.path("features").isArray()) {
			return failed("area.file.notFeatureCollection");
		}
		Integer epsg = declaredCrs(root, choice);
		if (epsg == null) {
			return new Result(List.of(), List.copyOf(problems));
		}
		JsonNode features = root.get("features");
		if (features.isEmpty()) {
			return failed("area.file.noFeatures");
		}
		List<Feature> read = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			Feature feature = feature(i, features.get(i), epsg);
			if (feature != null) {
				read.add(feature);
			}
		}
		List<Feature> placed = placeUnderParents(read, features, existing);
		return new Result(problems.isEmpty() ? placed : List.of(), List.copyOf(problems));
	}

	private @Nullable Integer declaredCrs(JsonNode root, SourceCrs undeclared) {
		JsonNode crs = root.get("crs");
		if (crs == null || crs.isNull()) {
			return undeclared.epsg;
		}
		String name = crs.path("properties").path("name").asString("");
		Integer epsg = Projections.epsgCode(name);
		if (epsg == null || !Projections.knows(epsg)) {
			problems.add(new AreaFileProblem(null, "area.file.crs", name.isBlank() ? crs.toString() : name));
			return null;
		}
		return epsg;
	}

	private @Nullable Feature feature(int index, JsonNode node, int epsg) {
		if (!node.isObject() || !"Feature".equals(node.path("type").asString(""))) {
			problems.add(new AreaFileProblem(index, "area.feature.notFeature"));
			return null;
		}
		int before = problems.size();
		JsonNode properties = node.path("properties");
		String code = text(properties.get("code"));
		if (code == null) {
			problems.add(new AreaFileProblem(index, "area.feature.code.missing"));
		}
		else if (code.length() > Area.MAX_CODE) {
			problems.add(new AreaFileProblem(index, "area.feature.code.tooLong", String.valueOf(Area.MAX_CODE)));
		}
		String name = text(properties.get("name"));
		if (name == null) {
			problems.add(new AreaFileProblem(index, "area.feature.name.missing"));
		}
		else if (name.length() > Area.MAX_NAME) {
			problems.add(new AreaFileProblem(index, "area.feature.name.tooLong", String.valueOf(Area.MAX_NAME)));
		}
		AreaLevel level = level(index, properties.get("level"));
		if (level == AreaLevel.KOMMUN && code != null && !code.equals(municipality)) {
			problems.add(new AreaFileProblem(index, "area.feature.kommun.code", municipality, code));
		}
		JsonNode demo = properties.get("demo");
		if (demo != null && !demo.isNull() && !demo.isBoolean()) {
			problems.add(new AreaFileProblem(index, "area.feature.demo.notBoolean"));
		}
		String parent = text(properties.get("parent"));
		Geometry geometry = geometry(index, node.get("geometry"), epsg);
		if (problems.size() > before || code == null || name == null || level == null) {
			return null;
		}
		return new Feature(index, new Key(level, code), name, parent == null ? null : new Key(level, parent),
				geometry, demo != null && demo.booleanValue(false), text(properties.get("source")));
	}

	private @Nullable AreaLevel level(int index, @Nullable JsonNode node) {
		String text = text(node);
		if (text == null) {
			problems.add(new AreaFileProblem(index, "area.feature.level.missing"));
			return null;
		}
		try {
			return AreaLevel.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new AreaFileProblem(index, "area.feature.level.unknown", text));
			return null;
		}
	}

	/**
	 * Resolves each named parent among the file's features and the existing areas, at a coarser level. A feature that
	 * names none lies under the municipality, when there is one.
	 */
	private List<Feature> placeUnderParents(List<Feature> features, JsonNode nodes, Collection<Key> existing) {
		Map<Key, Integer> firstIndex = new HashMap<>();
		Set<Key> known = new HashSet<>(existing);
		for (Feature feature : features) {
			Integer first = firstIndex.putIfAbsent(feature.key(), feature.index());
			if (first != null) {
				problems.add(new AreaFileProblem(feature.index(), "area.feature.code.duplicate", feature.key().code(),
						feature.key().level().name(), "features[" + first + "]"));
			}
			known.add(feature.key());
		}
		Key municipalityKey = new Key(AreaLevel.KOMMUN, municipality);
		List<Feature> placed = new ArrayList<>();
		for (Feature feature : features) {
			AreaLevel level = feature.key().level();
			if (feature.parent() == null) {
				boolean underMunicipality = level != AreaLevel.KOMMUN && known.contains(municipalityKey);
				placed.add(withParent(feature, underMunicipality ? municipalityKey : null));
				continue;
			}
			String code = feature.parent().code();
			List<Key> coarser = new ArrayList<>();
			boolean anyLevel = false;
			for (AreaLevel candidate : AreaLevel.values()) {
				if (known.contains(new Key(candidate, code))) {
					anyLevel = true;
					if (candidate.isCoarserThan(level)) {
						coarser.add(new Key(candidate, code));
					}
				}
			}
			if (coarser.size() == 1) {
				placed.add(withParent(feature, coarser.get(0)));
			}
			else if (coarser.size() > 1) {
				problems.add(new AreaFileProblem(feature.index(), "area.feature.parent.ambiguous", code));
			}
			else if (anyLevel) {
				problems.add(new AreaFileProblem(feature.index(), "area.feature.parent.level", code, level.name()));
			}
			else {
				problems.add(new AreaFileProblem(feature.index(), "area.feature.parent.unknown", code));
			}
		}
		problems.sort(java.util.Comparator.comparing((AreaFileProblem p) -> p.feature() == null ? -1 : p.feature()));
		return placed;
	}

	private static Feature withParent(Feature feature, @Nullable Key parent) {
		return new Feature(feature.index(), feature.key(), feature.name(), parent, feature.geometry(), feature.demo(),
				feature.source());
	}

	// geometry

	private @Nullable Geometry geometry(int index, @Nullable JsonNode node, int epsg) {
		if (node == null || node.isNull()) {
			return null;
		}
		String type = node.path("type").asString("");
		if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
			problems.add(new AreaFileProblem(index, "area.feature.geometry.type", type.isBlank() ? "?" : type));
			return null;
		}
		Geometry geometry;
		try {
			geometry = new GeoJsonReader(new GeometryFactory(Projections.SWEREF.getPrecisionModel(), epsg))
				.read(node.toString());
		}
		catch (ParseException ex) {
			// JTS wraps what went wrong; its own geometry checks (a ring not closed, too few positions) say it best
			Throwable cause = ex.getCause();
			problems.add(new AreaFileProblem(index, "area.feature.geometry.malformed",
					cause instanceof IllegalArgumentException && cause.getMessage() != null ? cause.getMessage()
							: ex.getMessage()));
			return null;
		}
		if (geometry.isEmpty()) {
			problems.add(new AreaFileProblem(index, "area.feature.geometry.malformed", "no positions"));
			return null;
		}
		Projections.Plausible expected = Projections.Plausible.of(epsg);
		if (expected != null) {
			for (Coordinate position : geometry.getCoordinates()) {
				if (!expected.admits(position.x, position.y)) {
					problems.add(implausible(index, position.x, position.y, expected));
					return null;
				}
			}
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			Coordinate at = error.getCoordinate();
			problems.add(new AreaFileProblem(index, "area.feature.geometry.invalid", error.getMessage(),
					at == null ? "?" : at.x + " " + at.y));
			return null;
		}
		Geometry sweref = Projections.toSweref99(geometry, epsg);
		var box = sweref.getEnvelopeInternal();
		if (!Sweref99Point.inRange(box.getMinX(), box.getMinY()) || !Sweref99Point.inRange(box.getMaxX(), box.getMaxY())) {
			problems.add(new AreaFileProblem(index, "area.feature.geometry.outside"));
			return null;
		}
		String problem = Area.problemWith(sweref);
		if (problem != null) {
			problems.add(new AreaFileProblem(index, "area.feature.geometry.invalid", problem, "SWEREF 99 TM"));
			return null;
		}
		return sweref;
	}

	/**
	 * A position that cannot be where a Swedish area lies in the system it is read in: most often degrees read as
	 * metres or the other way round, or one grid's metres read as the other's, which would put the area in the wrong
	 * place without any other error. The problem names the systems the position would fit, or says x and y look
	 * swapped.
	 */
	private static AreaFileProblem implausible(int index, double x, double y, Projections.Plausible expected) {
		String position = "[" + x + ", " + y + "]";
		List<String> fitting = Projections.Plausible.systemsFor(x, y);
		if (!fitting.isEmpty()) {
			return new AreaFileProblem(index, "area.feature.geometry.implausible", position, expected.label,
					String.join(" / ", fitting));
		}
		List<String> swapped = Projections.Plausible.systemsFor(y, x);
		if (!swapped.isEmpty()) {
			return new AreaFileProblem(index, "area.feature.geometry.swapped", position, expected.label,
					String.join(" / ", swapped));
		}
		return new AreaFileProblem(index, "area.feature.geometry.nowhere", position, expected.label);
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || !(node.isString() || node.isNumber())) {
			return null;
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}

	private Result failed(String code, String... args) {
		return new Result(List.of(), List.of(new AreaFileProblem(null, code, args)));
	}

}
