package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas kept in SWEREF 99 16 30 (EPSG:3010), the local projection zone of Västerås. The reference values are not
 * taken from proj4j, which the code uses, but computed here with Krüger's formulas for the Gauss conformal
 * (transverse Mercator) projection as Lantmäteriet publishes them ("Gauss Conformal Projection (Transverse
 * Mercator): Krüger's Formulas", Lantmäteriet, with the SWEREF 99 projection parameters from the same source:
 * GRS 80; SWEREF 99 TM central meridian 15°, scale 0.9996, false easting 500 000 m; SWEREF 99 16 30 central meridian
 * 16°30', scale 1, false easting 150 000 m; false northing 0 for both). The formulas are accurate to about 0.1 mm.
 */
class AreaLocalGridTests {

	/** Krüger's forward formulas; returns {east, north} in metres. */
	static double[] kruger(double latitude, double longitude, double centralMeridian, double scale,
			double falseEasting) {
		double a = 6_378_137.0;
		double f = 1 / 298.257222101;
		double e2 = f * (2 - f);
		double n = f / (2 - f);
		double aRoof = a / (1 + n) * (1 + n * n / 4 + Math.pow(n, 4) / 64);
		double bigA = e2;
		double bigB = (5 * e2 * e2 - Math.pow(e2, 3)) / 6;
		double bigC = (104 * Math.pow(e2, 3) - 45 * Math.pow(e2, 4)) / 120;
		double bigD = 1237 * Math.pow(e2, 4) / 1260;
		double[] beta = { n / 2 - 2 * n * n / 3 + 5 * Math.pow(n, 3) / 16 + 41 * Math.pow(n, 4) / 180,
				13 * n * n / 48 - 3 * Math.pow(n, 3) / 5 + 557 * Math.pow(n, 4) / 1440,
				61 * Math.pow(n, 3) / 240 - 103 * Math.pow(n, 4) / 140, 49561 * Math.pow(n, 4) / 161280 };
		double phi = Math.toRadians(latitude);
		double dLambda = Math.toRadians(longitude - centralMeridian);
		double s = Math.sin(phi);
		double phiStar = phi - s * Math.cos(phi)
				* (bigA + bigB * s * s + bigC * Math.pow(s, 4) + bigD * Math.pow(s, 6));
		double xiPrime = Math.atan(Math.tan(phiStar) / Math.cos(dLambda));
		double etaPrime = atanh(Math.cos(phiStar) * Math.sin(dLambda));
		double x = xiPrime;
		double y = etaPrime;
		for (int k = 1; k <= 4; k++) {
			x += beta[k - 1] * Math.sin(2 * k * xiPrime) * Math.cosh(2 * k * etaPrime);
			y += beta[k - 1] * Math.cos(2 * k * xiPrime) * Math.sinh(2 * k * etaPrime);
		}
		return new double[] { scale * aRoof * y + falseEasting, scale * aRoof * x };
	}

	static double[] sweref99tm(double latitude, double longitude) {
		return kruger(latitude, longitude, 15, 0.9996, 500_000);
	}

	static double[] sweref991630(double latitude, double longitude) {
		return kruger(latitude, longitude, 16.5, 1.0, 150_000);
	}

	private static double atanh(double x) {
		return 0.5 * Math.log((1 + x) / (1 - x));
	}

	@Test
	void theReferenceFormulasAgreeWithProjForSweref99Tm() {
		// PROJ's values, as in CoordinatesTests: the reference implementation is itself checked
		double[] stockholm = sweref99tm(59.3293, 18.0686);
		assertThat(stockholm[0]).isCloseTo(674571.8664, within(0.001));
		assertThat(stockholm[1]).isCloseTo(6580743.0083, within(0.001));
	}

	@Test
	void convertsSweref991630ToSweref99TmAsLantmaterietsFormulasDo() {
		// Västerås stadshus, Falun and Stockholm: the middle and both edges of the zone
		for (double[] place : List.of(new double[] { 59.6099, 16.5448 }, new double[] { 60.6065, 15.6355 },
				new double[] { 59.3293, 18.0686 })) {
			double[] local = sweref991630(place[0], place[1]);
			double[] national = sweref99tm(place[0], place[1]);
			Geometry point = Projections.SWEREF.createPoint(new Coordinate(local[0], local[1]));
			Coordinate converted = Projections.toSweref99(point, Projections.SWEREF99_1630).getCoordinate();
			assertThat(converted.x).as("east of " + place[0] + ", " + place[1]).isCloseTo(national[0], within(0.01));
			assertThat(converted.y).as("north of " + place[0] + ", " + place[1]).isCloseTo(national[1], within(0.01));
		}
		// the central meridian maps to the false easting in the local zone
		assertThat(sweref991630(59.6, 16.5)[0]).isCloseTo(150_000, within(1e-6));
	}

	static String squareIn(String crs, double[] southWest, double side) {
		double e = southWest[0];
		double n = southWest[1];
		String ring = "[[" + e + ", " + n + "], [" + (e + side) + ", " + n + "], [" + (e + side) + ", " + (n + side)
				+ "], [" + e + ", " + (n + side) + "], [" + e + ", " + n + "]]";
		return "{\"type\": \"FeatureCollection\"" + (crs == null ? "" : ", \"crs\": {\"type\": \"name\", "
				+ "\"properties\": {\"name\": \"" + crs + "\"}}")
				+ ", \"features\": [{\"type\": \"Feature\", \"properties\": {\"code\": \"k\", \"name\": \"Kvadrat\", "
				+ "\"level\": \"STADSDEL\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" + ring + "]}}]}";
	}

	static AreaFileReader.Result read(String file, AreaFileReader.SourceCrs undeclared) {
		return AreaFileReader.read(file.getBytes(StandardCharsets.UTF_8), "1980", undeclared,
				List.of(new AreaFileReader.Key(AreaLevel.KOMMUN, "1980")));
	}

	@Test
	void readsAFileThatDeclaresSweref991630InAnyOfItsNames() {
		double[] local = sweref991630(59.6099, 16.5448);
		double[] national = sweref99tm(59.6099, 16.5448);
		for (String name : List.of("urn:ogc:def:crs:EPSG::3010", "EPSG:3010",
				"http://www.opengis.net/def/crs/EPSG/0/3010")) {
			// the file's own declaration wins over the choice made for files that declare nothing
			AreaFileReader.Result result = read(squareIn(name, local, 100), AreaFileReader.SourceCrs.WGS84);
			assertThat(result.problems()).as(name).isEmpty();
			// the south-west corner, where the ring starts (not the box: the grids' norths differ by about 1.3° here)
			Coordinate corner = result.features().get(0).geometry().getCoordinates()[0];
			assertThat(corner.x).isCloseTo(national[0], within(0.01));
			assertThat(corner.y).isCloseTo(national[1], within(0.01));
			// a 100 m square stays about 100 m: the two grids differ in scale by well under 0.1 %
			assertThat(result.features().get(0).geometry().getArea()).isCloseTo(10_000, within(10.0));
		}
	}

	@Test
	void readsSweref991630WhenChosenForAFileThatDeclaresNothing() {
		double[] local = sweref991630(59.6099, 16.5448);
		AreaFileReader.Result result = read(squareIn(null, local, 100), AreaFileReader.SourceCrs.SWEREF99_1630);
		assertThat(result.problems()).isEmpty();
		assertThat(result.features().get(0).geometry().getCoordinates()[0].x)
			.isCloseTo(sweref99tm(59.6099, 16.5448)[0], within(0.01));
	}

	@Test
	void refusesCoordinatesImplausibleForTheChosenSystemAndSuggestsTheRightOne() {
		double[] local = sweref991630(59.6099, 16.5448);
		double[] national = sweref99tm(59.6099, 16.5448);
		// WGS84 degrees given as SWEREF metres
		assertThat(read(squareIn(null, new double[] { 16.5448, 59.6099 }, 0.001), AreaFileReader.SourceCrs.SWEREF99TM)
			.problems()).singleElement().satisfies(p -> {
				assertThat(p.code()).isEqualTo("area.feature.geometry.implausible");
				assertThat(p.args()).containsExactly("[16.5448, 59.6099]", "SWEREF 99 TM (EPSG:3006)",
						"WGS84 (EPSG:4326)");
			});
		// local metres read as national ones: the area would land 430 km west, in the sea off Norway
		assertThat(read(squareIn(null, local, 100), AreaFileReader.SourceCrs.SWEREF99TM).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.args().get(2)).isEqualTo("SWEREF 99 16 30 (EPSG:3010)"));
		// national metres read as local ones would land in Finland
		assertThat(read(squareIn(null, national, 100), AreaFileReader.SourceCrs.SWEREF99_1630).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.args().get(2)).isEqualTo("SWEREF 99 TM (EPSG:3006)"));
		// metres given to a file declared, or chosen, as WGS84
		assertThat(read(squareIn("EPSG:4326", national, 100), AreaFileReader.SourceCrs.WGS84).problems())
			.extracting(AreaFileProblem::code)
			.containsExactly("area.feature.geometry.implausible");
		// latitude first
		assertThat(read(squareIn(null, new double[] { 59.6099, 16.5448 }, 0.001), AreaFileReader.SourceCrs.WGS84)
			.problems()).extracting(AreaFileProblem::code).containsExactly("area.feature.geometry.swapped");
		// Paris fits none of them
		assertThat(read(squareIn(null, new double[] { 2.35, 48.85 }, 0.001), AreaFileReader.SourceCrs.WGS84)
			.problems()).extracting(AreaFileProblem::code).containsExactly("area.feature.geometry.nowhere");
	}

}
