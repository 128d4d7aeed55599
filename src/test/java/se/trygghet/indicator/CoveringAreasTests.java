package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** What counts as areas dividing their parent, and the exact arithmetic that finds values a set of sums fixes. */
class CoveringAreasTests {

	static final GeometryFactory GEOMETRY = new GeometryFactory();

	static Geometry box(double west, double south, double east, double north) {
		return GEOMETRY.toGeometry(new Envelope(new Coordinate(west, south), new Coordinate(east, north)));
	}

	@Test
	void countsChildrenAsDividingTheirParentOnlyWhenTheyCoverAllButASliverOfIt() {
		Geometry kommundel = box(0, 0, 3000, 1000);
		assertThat(CoveringAreas.covers(kommundel,
				List.of(box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000), box(2000, 0, 3000, 1000)))).isTrue();
		// boundaries from different sources: a 0.5 % sliver along the edge is left uncovered
		assertThat(CoveringAreas.covers(kommundel,
				List.of(box(0, 0, 1000, 995), box(1000, 0, 2000, 995), box(2000, 0, 3000, 995)))).isTrue();
		// a handful of stadsdelar in a large kommundel
		assertThat(CoveringAreas.covers(kommundel, List.of(box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000))))
			.isFalse();
		// what lies outside the parent covers nothing of it
		assertThat(CoveringAreas.covers(kommundel, List.of(box(0, 0, 2000, 1000), box(3000, 0, 4000, 1000))))
			.isFalse();
	}

	@Test
	void multipliesExactlyModuloThePrime() {
		Random random = new Random(7);
		BigInteger prime = BigInteger.valueOf(FixedUnknowns.PRIME);
		for (int i = 0; i < 10_000; i++) {
			long a = Math.floorMod(random.nextLong(), FixedUnknowns.PRIME);
			long b = i == 0 ? FixedUnknowns.PRIME - 1 : Math.floorMod(random.nextLong(), FixedUnknowns.PRIME);
			assertThat(FixedUnknowns.multiply(a, b))
				.isEqualTo(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(prime).longValue());
		}
	}

	@Test
	void findsTheUnknownsASetOfSumsFixes() {
		long minus = FixedUnknowns.minusOne();
		// x0 + x1 = a, x1 + x2 = b, x0 − x2 = c: x0, x1, x2 stay open; x3 = d alone is fixed
		long[][] rows = { { 1, 1, 0, 0 }, { 0, 1, 1, 0 }, { 1, 0, minus, 0 }, { 0, 0, 0, 1 } };
		assertThat(FixedUnknowns.of(rows, 4)).containsExactly(false, false, false, true);
	}

}
