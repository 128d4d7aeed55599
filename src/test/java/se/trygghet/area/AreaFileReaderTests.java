package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaFileReaderTests {

	static final Set<AreaFileReader.Key> EXISTING = Set.of(new AreaFileReader.Key(AreaLevel.KOMMUN, "1980"));

	static AreaFileReader.Result read(String text) {
		return read(text, AreaFileReader.SourceCrs.WGS84);
	}

	static AreaFileReader.Result read(String text, AreaFileReader.SourceCrs crs) {
		return AreaFileReader.read(text.getBytes(StandardCharsets.UTF_8), "1980", crs, EXISTING);
	}

	@Test
	void listsEveryProblemWithItsFeature() {
		String bowTie = "{\"type\": \"Feature\", \"properties\": {\"code\": \"fluga\", \"name\": \"Fluga\", "
				+ "\"level\": \"STADSDEL\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
				+ "[[[16.50, 59.60], [16.51, 59.61], [16.51, 59.60], [16.50, 59.61], [16.50, 59.60]]]}}";
		String file = AreaFixtures.collection(AreaFixtures.feature("a", "A", "STADSDEL", null, 0), // fine
				AreaFixtures.feature("b", "", "STADSDEL", null, 1), // no name
				AreaFixtures.feature("a", "Dubblett", "STADSDEL", null, 2), // duplicate code
				AreaFixtures.feature("c", "C", "STADSDEL", "finns-inte", 3), // unknown parent
				AreaFixtures.feature("d", "D", "STADSDEL", "a", 4), // parent of the same level
				AreaFixtures.feature("e", "E", "LAN", null, 5), // no such level
				bowTie, // crosses itself
				"{\"type\": \"Feature\", \"properties\": {\"code\": \"p\", \"name\": \"Punkt\", \"level\": \"OVRIGT\"}, "
						+ "\"geometry\": {\"type\": \"Point\", \"coordinates\": [16.5, 59.6]}}", // not a polygon
				AreaFixtures.feature("1981", "Annan kommun", "KOMMUN", null, 8)); // another municipality's code
		AreaFileReader.Result result = read(file);
		assertThat(result.ok()).isFalse();
		assertThat(result.features()).isEmpty();
		assertThat(result.problems()).extracting(AreaFileProblem::feature, AreaFileProblem::code)
			.containsExactly(tuple(1, "area.feature.name.missing"), tuple(2, "area.feature.code.duplicate"),
					tuple(3, "area.feature.parent.unknown"), tuple(4, "area.feature.parent.level"),
					tuple(5, "area.feature.level.unknown"), tuple(6, "area.feature.geometry.invalid"),
					tuple(7, "area.feature.geometry.type"), tuple(8, "area.feature.kommun.code"));
		assertThat(result.problems().get(1).args()).containsExactly("a", "STADSDEL", "features[0]");
		assertThat(result.problems().get(5).args().get(0)).isEqualTo("Self-intersection");
	}

	@Test
	void refusesWhatIsNotAGeoJsonFeatureCollection() {
		assertThat(codes(read("{\"type\": \"FeatureCollection\", \"features\": [")))
			.containsExactly("area.file.malformed");
		assertThat(codes(read("<kml></kml>"))).containsExactly("area.file.malformed");
		assertThat(codes(read("{\"type\": \"Feature\"}"))).containsExactly("area.file.notFeatureCollection");
		assertThat(codes(read(AreaFixtures.collection()))).containsExactly("area.file.noFeatures");
		assertThat(codes(read(""))).containsExactly("area.file.empty");
	}

	@Test
	void refusesAFileOverTwentyMegabytes() {
		byte[] big = new byte[AreaFileReader.MAX_BYTES + 1];
		java.util.Arrays.fill(big, (byte) ' ');
		assertThat(codes(AreaFileReader.read(big, "1980", AreaFileReader.SourceCrs.WGS84, EXISTING)))
			.containsExactly("area.file.tooLarge");
	}

	@Test
	void placesAnAreaWithoutParentUnderTheMunicipality() {
		AreaFileReader.Result result = read(AreaFixtures.collection(
				AreaFixtures.feature("centrum", "Centrum", "STADSDEL", null, 0),
				AreaFixtures.feature("torget", "Stora torget", "ovrigt", "centrum", 1)));
		assertThat(result.problems()).isEmpty();
		assertThat(result.features()).extracting(f -> f.key().code(), f -> f.parent())
			.containsExactly(tuple("centrum", new AreaFileReader.Key(AreaLevel.KOMMUN, "1980")),
					tuple("torget", new AreaFileReader.Key(AreaLevel.STADSDEL, "centrum")));
	}

	@Test
	void readsSweref99TmWhenTheFileSaysSo() {
		String square = "[[[587000, 6609000], [588000, 6609000], [588000, 6610000], [587000, 6610000], [587000, 6609000]]]";
		String feature = "{\"type\": \"Feature\", \"properties\": {\"code\": \"k\", \"name\": \"Kvadrat\", "
				+ "\"level\": \"STADSDEL\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": " + square + "}}";
		String declared = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": "
				+ "{\"name\": \"urn:ogc:def:crs:EPSG::3006\"}}, \"features\": [" + feature + "]}";
		AreaFileReader.Result result = read(declared);
		assertThat(result.problems()).isEmpty();
		assertThat(result.features().get(0).geometry().getArea()).isEqualTo(1_000_000.0);
		// the same coordinates read as WGS84 are no longitudes and latitudes at all
		assertThat(codes(read(AreaFixtures.collection(feature)))).containsExactly("area.feature.geometry.implausible");
		assertThat(read(AreaFixtures.collection(feature), AreaFileReader.SourceCrs.SWEREF99TM).problems()).isEmpty();
	}

	@Test
	void readsWgs84IntoSweref99Tm() {
		AreaFileReader.Result result = read(AreaFixtures.collection(AreaFixtures.feature("a", "A", "STADSDEL", null, 0)));
		var box = result.features().get(0).geometry().getEnvelopeInternal();
		assertThat(result.features().get(0).geometry().getSRID()).isEqualTo(3006);
		assertThat(box.getMinX()).isBetween(580_000.0, 590_000.0);
		assertThat(box.getMinY()).isBetween(6_600_000.0, 6_620_000.0);
	}

	@Test
	void refusesAnUnknownCoordinateSystem() {
		String file = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": "
				+ "{\"name\": \"RT90 2.5 gon V\"}}, \"features\": [" + AreaFixtures.feature("a", "A", "STADSDEL", null, 0)
				+ "]}";
		assertThat(codes(read(file))).containsExactly("area.file.crs");
	}

	@Test
	void saysWhatIsWrongWithAGeometryThatCannotBeRead() {
		String open = "[[[16.5, 59.6], [16.51, 59.6], [16.51, 59.61], [16.5, 59.61]]]";
		String tooShort = "[[[16.5, 59.6], [16.51, 59.6], [16.5, 59.6]]]";
		String text = "[[[\"16.5\", 59.6], [16.51, 59.6], [16.51, 59.61], [16.5, 59.6]]]";
		AreaFileReader.Result result = read(AreaFixtures.collection(shape("open", "Polygon", open),
				shape("short", "Polygon", tooShort), shape("text", "Polygon", text),
				shape("empty", "MultiPolygon", "[]"),
				AreaFixtures.feature("fine", "Fine", "STADSDEL", null, 9)));

		assertThat(result.problems()).extracting(AreaFileProblem::feature, AreaFileProblem::code)
			.containsExactly(tuple(0, "area.feature.geometry.malformed"), tuple(1, "area.feature.geometry.invalid"),
					tuple(2, "area.feature.geometry.malformed"), tuple(3, "area.feature.geometry.malformed"));
		assertThat(result.problems()).extracting(p -> p.args().get(0))
			.satisfiesExactly(a -> assertThat(a).contains("closed"), a -> assertThat(a).contains("Too few"),
					a -> assertThat(a).contains("Polygon"), a -> assertThat(a).contains("no positions"));
	}

	@Test
	void writesWhatItReadWithOuterRingsCounterClockwiseHolesClockwiseAndSixDecimals() {
		// the outer ring clockwise and the hole counter-clockwise, against RFC 7946, and more decimals than 0.1 m
		String withHole = "[[[16.5, 59.6], [16.5, 59.61], [16.51, 59.61], [16.51, 59.6], [16.5, 59.6]], "
				+ "[[16.502, 59.602], [16.508, 59.602], [16.508, 59.608], [16.502, 59.608], [16.502, 59.602]]]";
		AreaFileReader.Feature read = read(AreaFixtures.collection(shape("hal", "Polygon", withHole))).features()
			.get(0);
		AreaCatalog.AreaRef ref = new AreaCatalog.AreaRef(new AreaId(java.util.UUID.randomUUID()), "1980",
				AreaLevel.STADSDEL, "hal", "Hål", null, false, true);

		String json = new String(GeoJson.feature(new AreaSnapshot.Indexed(ref, "test", read.geometry(), null, 0)),
				StandardCharsets.UTF_8);

		org.locationtech.jts.geom.Polygon written = (org.locationtech.jts.geom.Polygon) geometryOf(json);
		assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(written.getExteriorRing().getCoordinates()))
			.isTrue();
		assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(written.getInteriorRingN(0).getCoordinates()))
			.isFalse();
		assertThat(json).doesNotContainPattern("\\d\\.\\d{7}").doesNotContain("crs").contains("\"name\":\"Hål\"");
		assertThat(written.getExteriorRing().getCoordinates()).allSatisfy(c -> {
			assertThat(c.x).isCloseTo(Math.round(c.x * 100) / 100.0, org.assertj.core.data.Offset.offset(1e-6));
			assertThat(c.y).isCloseTo(Math.round(c.y * 100) / 100.0, org.assertj.core.data.Offset.offset(1e-6));
		});
	}

	private static org.locationtech.jts.geom.Geometry geometryOf(String feature) {
		try {
			return new org.locationtech.jts.io.geojson.GeoJsonReader().read(feature);
		}
		catch (org.locationtech.jts.io.ParseException ex) {
			throw new AssertionError(ex);
		}
	}

	private static String shape(String code, String type, String coordinates) {
		return "{\"type\": \"Feature\", \"properties\": {\"code\": \"" + code + "\", \"name\": \"" + code
				+ "\", \"level\": \"STADSDEL\"}, \"geometry\": {\"type\": \"" + type + "\", \"coordinates\": "
				+ coordinates + "}}";
	}

	private static List<String> codes(AreaFileReader.Result result) {
		return result.problems().stream().map(AreaFileProblem::code).toList();
	}

}
