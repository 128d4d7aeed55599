package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocatingTests {

	final Area municipality = AreaFixtures.municipality(20_000);

	final Area centre = AreaFixtures.square(AreaLevel.STADSDEL, "centrum", "Centrum", municipality, 0, 0, 2000);

	final Area station = AreaFixtures.square(AreaLevel.OVRIGT, "resecentrum", "Resecentrum", centre, 500, 500, 200);

	final Area west = AreaFixtures.square(AreaLevel.STADSDEL, "backby", "Bäckby", municipality, -5000, 0, 2000);

	final Area unmapped = Area.define("1980", AreaLevel.STADSDEL, "okand", "Utan gräns", null, "test", false);

	final AreaSnapshot snapshot = AreaSnapshot.of(1, List.of(municipality, centre, station, west, unmapped));

	@Test
	void findsTheSmallestAreaContainingThePoint() {
		assertThat(name(AreaFixtures.at(600, 600))).isEqualTo("Resecentrum");
		assertThat(name(AreaFixtures.at(1500, 1500))).isEqualTo("Centrum");
		assertThat(name(AreaFixtures.at(-4000, 100))).isEqualTo("Bäckby");
		assertThat(name(AreaFixtures.at(5000, 5000))).isEqualTo("Västerås");
		// on the boundary counts as inside
		assertThat(name(AreaFixtures.at(0, 1000))).isEqualTo("Centrum");
	}

	@Test
	void findsNothingOutsideEveryArea() {
		assertThat(snapshot.locate(AreaFixtures.at(50_000, 50_000))).isEmpty();
		assertThat(snapshot.locateByScan(AreaFixtures.at(50_000, 50_000))).isEmpty();
	}

	@Test
	void listsEveryAreaAroundAPointSmallestFirst() {
		assertThat(snapshot.containing(AreaFixtures.at(600, 600))).extracting(a -> a.ref().name())
			.containsExactly("Resecentrum", "Centrum", "Västerås");
	}

	@Test
	void answersAsATestOfEveryBoundaryWould() {
		List<Area> grid = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			for (int j = 0; j < 30; j++) {
				grid.add(AreaFixtures.square(AreaLevel.STATISTIKOMRADE, i + "-" + j, "Ruta " + i + "-" + j, null,
						i * 300, j * 300, 290));
			}
		}
		AreaSnapshot many = AreaSnapshot.of(2, grid);
		Random random = new Random(7);
		for (int k = 0; k < 2000; k++) {
			Sweref99Point point = AreaFixtures.at(random.nextDouble() * 10_000 - 500, random.nextDouble() * 10_000 - 500);
			assertThat(many.locate(point)).as(point.toString()).isEqualTo(many.locateByScan(point));
		}
	}

	@Test
	void walksTheHierarchyBothWays() {
		assertThat(snapshot.ancestors(station.id())).extracting(a -> a.ref().name())
			.containsExactly("Centrum", "Västerås");
		assertThat(snapshot.children(municipality.id())).extracting(a -> a.ref().name())
			.containsExactly("Bäckby", "Centrum");
		assertThat(snapshot.roots()).extracting(a -> a.ref().name()).containsExactly("Västerås", "Utan gräns");
	}

	private String name(Sweref99Point point) {
		return snapshot.locate(point).orElseThrow().ref().name();
	}

}
