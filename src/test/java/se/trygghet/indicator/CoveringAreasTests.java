package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** What counts as areas dividing their parent: children that cover it. */
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

}
