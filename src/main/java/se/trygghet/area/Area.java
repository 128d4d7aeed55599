package se.trygghet.area;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * One area of a municipality: its level, code and name, where it sits in the hierarchy and, when known, its boundary
 * in SWEREF 99 TM. An area lies under an area of a coarser level in the same municipality. A boundary that was
 * invented for a demonstration is marked as demo data, and stays marked wherever it is shown.
 */
final class Area {

	static final int MAX_CODE = 64;

	static final int MAX_NAME = 200;

	private final AreaId id;

	private final String municipality;

	private final AreaLevel level;

	private final String code;

	private String name;

	private @Nullable AreaId parent;

	private @Nullable Geometry geometry;

	private String source;

	private boolean demo;

	private final int version;

	Area(AreaId id, String municipality, AreaLevel level, String code, String name, @Nullable AreaId parent,
			@Nullable Geometry geometry, String source, boolean demo, int version) {
		this.id = Objects.requireNonNull(id);
		this.municipality = requireMunicipality(municipality);
		this.level = Objects.requireNonNull(level);
		this.code = requireText(code, MAX_CODE, "code");
		if (level == AreaLevel.KOMMUN && !code.equals(municipality)) {
			throw new IllegalArgumentException("A municipality's code is its kommunkod " + municipality);
		}
		this.name = requireText(name, MAX_NAME, "name");
		this.parent = parent;
		// checked when defined or reshaped; a stored boundary is not checked again on every load
		this.geometry = geometry;
		this.source = requireText(source, 500, "source");
		this.demo = demo;
		this.version = version;
	}

	/** A new area, not yet placed under any other. */
	static Area define(String municipality, AreaLevel level, String code, String name, @Nullable Geometry geometry,
			String source, boolean demo) {
		return new Area(AreaId.random(), municipality, level, code.strip(), name.strip(), null,
				requireUsable(geometry), source.strip(), demo, 0);
	}

	/** Puts this area under another of a coarser level in the same municipality, or at the top (null). */
	void placeUnder(@Nullable Area container) {
		if (container != null) {
			if (!container.level.isCoarserThan(level)) {
				throw new IllegalArgumentException(
						"A " + level + " cannot lie under a " + container.level + "; its parent must be coarser");
			}
			if (!container.municipality.equals(municipality)) {
				throw new IllegalArgumentException("An area's parent must be in the same municipality");
			}
		}
		this.parent = container == null ? null : container.id;
	}

	/** New name, boundary and source, e.g. when a new edition of the areas is imported. */
	void reshape(String name, @Nullable Geometry geometry, String source, boolean demo) {
		this.name = requireText(name, MAX_NAME, "name");
		this.geometry = requireUsable(geometry);
		this.source = requireText(source, 500, "source");
		this.demo = demo;
	}

	/**
	 * Why a boundary cannot be stored, or null when it can: it must be a valid polygon or multipolygon in SWEREF 99
	 * TM inside the grid's range.
	 */
	static @Nullable String problemWith(Geometry geometry) {
		if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
			return "not a polygon";
		}
		if (geometry.getSRID() != Projections.SWEREF99TM) {
			return "not in SWEREF 99 TM";
		}
		var box = geometry.getEnvelopeInternal();
		if (!Sweref99Point.inRange(box.getMinX(), box.getMinY()) || !Sweref99Point.inRange(box.getMaxX(), box.getMaxY())) {
			return "outside SWEREF 99 TM's range";
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		return error == null ? null : error.toString();
	}

	private static @Nullable Geometry requireUsable(@Nullable Geometry geometry) {
		if (geometry == null) {
			return null;
		}
		String problem = problemWith(geometry);
		if (problem != null) {
			throw new IllegalArgumentException("Unusable boundary: " + problem);
		}
		return geometry;
	}

	static String requireMunicipality(String code) {
		if (code == null || !code.matches("[0-9]{4}")) {
			throw new IllegalArgumentException("A municipality is its four-digit kommunkod, not " + code);
		}
		return code;
	}

	private static String requireText(String text, int max, String what) {
		if (text == null || text.isBlank() || text.length() > max) {
			throw new IllegalArgumentException("An area's " + what + " must have 1–" + max + " characters");
		}
		return text;
	}

	AreaId id() {
		return id;
	}

	String municipality() {
		return municipality;
	}

	AreaLevel level() {
		return level;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	@Nullable AreaId parent() {
		return parent;
	}

	@Nullable Geometry geometry() {
		return geometry;
	}

	String source() {
		return source;
	}

	boolean demo() {
		return demo;
	}

	int version() {
		return version;
	}

}
