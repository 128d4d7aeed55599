package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class AreaTests {

	@Test
	void liesOnlyUnderACoarserLevel() {
		Area municipality = AreaFixtures.municipality(20_000);
		Area district = AreaFixtures.square(AreaLevel.STADSDEL, "centrum", "Centrum", municipality, 0, 0, 1000);
		Area other = AreaFixtures.square(AreaLevel.STADSDEL, "backby", "Bäckby", municipality, 2000, 0, 1000);
		assertThat(district.parent()).isEqualTo(municipality.id());
		assertThatThrownBy(() -> other.placeUnder(district)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("coarser");
		assertThatThrownBy(() -> municipality.placeUnder(district)).isInstanceOf(IllegalArgumentException.class);
		Area place = AreaFixtures.square(AreaLevel.OVRIGT, "torget", "Stora torget", district, 10, 10, 50);
		assertThat(place.parent()).isEqualTo(district.id());
	}

	@Test
	void liesOnlyUnderAnAreaOfItsOwnMunicipality() {
		Area stockholm = Area.define("0180", AreaLevel.KOMMUN, "0180", "Stockholm", null, "test", false);
		Area district = AreaFixtures.square(AreaLevel.STADSDEL, "centrum", "Centrum", null, 0, 0, 1000);
		assertThatThrownBy(() -> district.placeUnder(stockholm)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("municipality");
	}

	@Test
	void isAMunicipalityOnlyUnderItsOwnKommunkod() {
		assertThatThrownBy(() -> Area.define("1980", AreaLevel.KOMMUN, "0180", "Västerås", null, "test", false))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Area.define("198", AreaLevel.KOMMUN, "198", "Västerås", null, "test", false))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesABoundaryThatCrossesItself() {
		double e = AreaFixtures.EAST;
		double n = AreaFixtures.NORTH;
		Polygon bowTie = Projections.SWEREF.createPolygon(new Coordinate[] { new Coordinate(e, n),
				new Coordinate(e + 100, n + 100), new Coordinate(e + 100, n), new Coordinate(e, n + 100),
				new Coordinate(e, n) });
		assertThat(Area.problemWith(bowTie)).contains("Self-intersection");
		assertThatThrownBy(() -> Area.define("1980", AreaLevel.STADSDEL, "x", "X", bowTie, "test", false))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void mayHaveNoBoundaryYet() {
		Area municipality = Area.define("1980", AreaLevel.KOMMUN, "1980", "Västerås", null, "SCB kommunkod", false);
		assertThat(municipality.geometry()).isNull();
	}

}
