package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reference values from PROJ 9.1.1 ({@code cs2cs EPSG:4326 EPSG:3006}), which PostGIS 3.3 agrees with. */
class CoordinatesTests {

	@Test
	void convertsWgs84ToSweref99TmAsProjDoes() {
		assertSweref(new Wgs84Point(59.3293, 18.0686), 674571.8664, 6580743.0083);
		assertSweref(new Wgs84Point(67.8558, 20.2253), 719583.1230, 7536069.9699);
		assertSweref(new Wgs84Point(55.6050, 13.0038), 374243.7585, 6163926.5534);
	}

	@Test
	void convertsSweref99TmBackToWgs84() {
		Wgs84Point stockholm = new Sweref99Point(674571.8664, 6580743.0083).toWgs84();
		assertThat(stockholm.latitude()).isCloseTo(59.3293, within(1e-8));
		assertThat(stockholm.longitude()).isCloseTo(18.0686, within(1e-8));
	}

	@Test
	void convertsTheSameOnManyThreadsAtOnce() {
		List<Sweref99Point> points = IntStream.range(0, 2000)
			.parallel()
			.mapToObj(i -> new Wgs84Point(59.3293, 18.0686).toSweref99())
			.toList();
		assertThat(points).allSatisfy(p -> {
			assertThat(p.east()).isCloseTo(674571.8664, within(0.01));
			assertThat(p.north()).isCloseTo(6580743.0083, within(0.01));
		});
	}

	@Test
	void refusesPointsOutsideTheirSystemsRange() {
		assertThatThrownBy(() -> new Wgs84Point(91, 18)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Wgs84Point(59, 181)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Wgs84Point(Double.NaN, 18)).isInstanceOf(IllegalArgumentException.class);
		// north and east swapped, the commonest mistake
		assertThatThrownBy(() -> new Sweref99Point(6580743, 674571)).isInstanceOf(IllegalArgumentException.class);
		// a point in Paris has no place in Sweden's grid
		assertThatThrownBy(() -> new Wgs84Point(48.8566, 2.3522).toSweref99())
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsTheNamesGeoJsonFilesGiveTheirCoordinateSystem() {
		assertThat(Projections.epsgCode("urn:ogc:def:crs:EPSG::3006")).isEqualTo(3006);
		assertThat(Projections.epsgCode("EPSG:3010")).isEqualTo(3010);
		assertThat(Projections.epsgCode("http://www.opengis.net/def/crs/EPSG/0/3006")).isEqualTo(3006);
		assertThat(Projections.epsgCode("urn:ogc:def:crs:OGC:1.3:CRS84")).isEqualTo(4326);
		assertThat(Projections.epsgCode("RT90")).isNull();
	}

	private static void assertSweref(Wgs84Point point, double east, double north) {
		Sweref99Point sweref = point.toSweref99();
		assertThat(sweref.east()).as("east of " + point).isCloseTo(east, within(0.01));
		assertThat(sweref.north()).as("north of " + point).isCloseTo(north, within(0.01));
	}

}
