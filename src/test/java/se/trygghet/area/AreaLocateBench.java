package se.trygghet.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finding the area of a point among about as many areas as Sweden has DeSO (6 160): the STR-tree index against a
 * test of every boundary. Each area is a 40-sided polygon, closer to a real DeSO than a square. Run with
 * {@code ./mvnw test-compile exec:exec@jmh} (surefire skips it by name).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AreaLocateBench {

	static final int SIDE = 80;

	static final double CELL = 1_000;

	AreaSnapshot snapshot;

	Sweref99Point[] points;

	int next;

	@Setup
	public void setUp() {
		List<Area> areas = new ArrayList<>();
		for (int i = 0; i < SIDE; i++) {
			for (int j = 0; j < 77; j++) {
				areas.add(Area.define("1980", AreaLevel.STATISTIKOMRADE, i + "-" + j, "Område " + i + "-" + j,
						ring(400_000 + i * CELL, 6_300_000 + j * CELL), "bench", false));
			}
		}
		snapshot = AreaSnapshot.of(1, areas);
		Random random = new Random(1);
		points = new Sweref99Point[1024];
		for (int k = 0; k < points.length; k++) {
			points[k] = new Sweref99Point(400_000 + random.nextDouble() * SIDE * CELL,
					6_300_000 + random.nextDouble() * 77 * CELL);
		}
	}

	private static org.locationtech.jts.geom.Polygon ring(double east, double north) {
		Coordinate[] ring = new Coordinate[41];
		for (int k = 0; k < 40; k++) {
			double angle = 2 * Math.PI * k / 40;
			ring[k] = new Coordinate(east + CELL / 2 + Math.cos(angle) * CELL * 0.49,
					north + CELL / 2 + Math.sin(angle) * CELL * 0.49);
		}
		ring[40] = ring[0];
		return Projections.SWEREF.createPolygon(ring);
	}

	private Sweref99Point point() {
		return points[next++ & (points.length - 1)];
	}

	@Benchmark
	public Object locateWithIndex() {
		return snapshot.locate(point());
	}

	@Benchmark
	public Object locateByScanningEveryArea() {
		return snapshot.locateByScan(point());
	}

}
