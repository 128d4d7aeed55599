package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.junit.jupiter.api.Test;

/**
 * Counting in a shape by squares ({@link Incidents.Squares}, {@link ShapeSquares}) gives exactly the count of locating
 * every incident of the period in the shape, as the count did before: over random shapes (rings, polygons with holes,
 * shapes whose edges lie on the squares' and cells' lines, collections with lines and points, shapes too large to
 * classify), random periods and categories, and incidents crowded along the shapes' borders, on their corners and on
 * the squares' edges.
 */
class ShapeCountsTests {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private static final double EAST = 588_000;

	private static final double NORTH = 6_609_000;

	/** East of every place counted apart from the squares. */
	private static final double FAR_OFF = 1.5e8;

	private static final int FIRST_DAY = 19_000;

	private static final int DAYS = 400;

	private final SplittableRandom random = new SplittableRandom(4711);

	@Test
	void countsInAShapeWhatLocatingEveryIncidentInItCounts() {
		List<Geometry> shapes = new ArrayList<>();
		while (shapes.size() < 100) {
			Geometry shape = shape(shapes.size());
			if (!shape.isEmpty()) { // a difference may leave nothing
				shapes.add(shape);
			}
		}
		Incidents in = incidents(shapes);
		long counted = 0;
		for (int q = 0; q < 500; q++) {
			int n = q % shapes.size();
			Geometry shape = shapes.get(n);
			ShapeSquares squares = ShapeSquares.of(shape);
			assertThat(squares == null).as("too large to classify: %s", shape).isEqualTo(n % 10 == 9);
			if ((squares == null || !(shape instanceof Polygonal)) && q >= shapes.size()) {
				continue; // slow to count by every row (a collection's point by point is a whole relate): once is enough
			}
			boolean[] kinds = new boolean[in.dictionary.kinds()];
			for (int k = 0; k < kinds.length; k++) {
				kinds[k] = random.nextInt(3) > 0;
			}
			int stretches = 1 + random.nextInt(3);
			int[] from = new int[stretches];
			int[] to = new int[stretches];
			for (int s = 0; s < stretches; s++) {
				from[s] = FIRST_DAY - 10 + random.nextInt(DAYS);
				to[s] = from[s] + 1 + random.nextInt(200);
			}
			long[] found = new long[stretches];
			IncidentCountsReadModel.countInShape(in, shape, squares, kinds, from, to, found);
			assertThat(found).as("shape %d: %s", n, shape).containsExactly(everyRow(in, shape, kinds, from, to));
			counted += java.util.Arrays.stream(found).sum();
		}
		assertThat(counted).as("incidents counted over all the questions").isPositive();
	}

	/** The count by locating every row of the period in the shape, as before the squares. */
	private static long[] everyRow(Incidents in, Geometry shape, boolean[] kinds, int[] from, int[] to) {
		IndexedPointInAreaLocator polygons = shape instanceof Polygonal ? new IndexedPointInAreaLocator(shape) : null;
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape);
		Envelope box = shape.getEnvelopeInternal();
		long[] found = new long[from.length];
		for (int i = 0; i < in.size; i++) {
			if (!kinds[in.kind(i)] || !box.contains(in.east[i], in.north[i])) {
				continue;
			}
			Coordinate point = new Coordinate(in.east[i], in.north[i]);
			boolean inside = polygons != null ? polygons.locate(point) != Location.EXTERIOR
					: prepared.covers(GEOMETRY.createPoint(point));
			for (int s = 0; inside && s < from.length; s++) {
				if (in.day[i] >= from[s] && in.day[i] < to[s]) {
					found[s]++;
				}
			}
		}
		return found;
	}

	/** One of several kinds of shape, somewhere within a few kilometres. */
	private Geometry shape(int i) {
		double e = EAST + random.nextDouble(-3000, 3000);
		double n = NORTH + random.nextDouble(-3000, 3000);
		Geometry disc = GEOMETRY.createPoint(new Coordinate(e, n)).buffer(200 + random.nextDouble(2000), 3 + random.nextInt(8));
		return switch (i % 10) {
			case 0 -> disc.buffer(50 + random.nextInt(450)).difference(disc); // a ring, as the evaluation's
			case 1 -> disc.difference(GEOMETRY.createPoint(new Coordinate(e + 50, n - 30)).buffer(random.nextDouble(20, 150)));
			case 2 -> onTheLines(e, n, 100); // edges on the squares' lines
			case 3 -> onTheLines(e, n, 6.25); // edges on the fine cells' lines
			case 4 -> disc.union(GEOMETRY.createPoint(new Coordinate(e + 4000, n)).buffer(300)); // two parts apart
			case 5 -> GEOMETRY.createGeometryCollection(new Geometry[] { // small: a collection is located by relate
					GEOMETRY.createPoint(new Coordinate(e, n)).buffer(random.nextDouble(50, 250)),
					GEOMETRY.createLineString(new Coordinate[] { new Coordinate(e - 300, n - 10), new Coordinate(e + 300, n + 70) }),
					GEOMETRY.createPoint(new Coordinate(Math.floor(e / 100) * 100, Math.floor(n / 100) * 100)) });
			case 6 -> GEOMETRY.createPoint(new Coordinate(e, n)).buffer(random.nextDouble(0.5, 40)); // smaller than a square
			case 7 -> disc.buffer(random.nextInt(100, 600)).difference(disc)
				.difference(GEOMETRY.createPoint(new Coordinate(e + 300, n)).buffer(random.nextDouble(100, 1500)));
			case 8 -> GEOMETRY.createPoint(new Coordinate(FAR_OFF + e - EAST, n)).buffer(500); // where places are strays
			default -> rectangle(e - 2e5, n - 2e5, e + 2e5, n + 2e5) // too large to classify
				.difference(GEOMETRY.createPoint(new Coordinate(e, n)).buffer(random.nextDouble(100, 2000)));
		};
	}

	/** A polygon of axis-parallel edges on multiples of the step, with a hole, and a triangle beside it. */
	private Geometry onTheLines(double e, double n, double step) {
		double x = Math.floor(e / step) * step;
		double y = Math.floor(n / step) * step;
		int a = 2 + random.nextInt(30);
		int b = 2 + random.nextInt(30);
		Geometry outer = rectangle(x, y, x + a * step * 4, y + b * step * 4);
		Geometry hole = rectangle(x + step, y + step, x + 2 * step, y + (b + 1) * step);
		Geometry triangle = GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(x - 10 * step, y),
				new Coordinate(x - step, y), new Coordinate(x - step, y + 9 * step), new Coordinate(x - 10 * step, y) });
		return outer.difference(hole).union(triangle);
	}

	private static Geometry rectangle(double x0, double y0, double x1, double y1) {
		return GEOMETRY.createPolygon(new Coordinate[] { new Coordinate(x0, y0), new Coordinate(x1, y0),
				new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0) });
	}

	/**
	 * Incidents of three categories in two municipalities: spread over the shapes' bounding boxes, crowded along their
	 * borders (on their vertices and a hair's breadth to either side), on the squares' and fine cells' lines, some
	 * without a place and some far off.
	 */
	private Incidents incidents(List<Geometry> shapes) {
		Incidents.Builder rows = new Incidents.Builder(Incidents.Dictionary.EMPTY, 0, ZoneOffset.UTC.getRules());
		int[] municipalities = { rows.municipality("1980"), rows.municipality("0180") };
		int[] categories = { rows.category("brand"), rows.category("klotter"), rows.category("narkotika") };
		List<double[]> places = new ArrayList<>();
		for (Geometry shape : shapes) {
			var box = shape.getEnvelopeInternal();
			for (int k = 0; k < 1000; k++) {
				places.add(new double[] { random.nextDouble(box.getMinX() - 150, box.getMaxX() + 150),
						random.nextDouble(box.getMinY() - 150, box.getMaxY() + 150) });
			}
			Coordinate[] border = shape.getCoordinates();
			for (int k = 0; k < 1000; k++) {
				Coordinate a = border[random.nextInt(border.length)];
				Coordinate b = border[random.nextInt(border.length)];
				double t = random.nextInt(4) == 0 ? 0 : random.nextDouble();
				double nudge = random.nextInt(3) == 0 ? 0 : Math.pow(10, random.nextDouble(-9, 1)) * (random.nextBoolean() ? 1 : -1);
				double[] p = { a.x + t * (b.x - a.x), a.y + t * (b.y - a.y) };
				p[random.nextInt(2)] += nudge;
				if (random.nextInt(5) == 0) { // on a square's or a fine cell's line
					double step = random.nextBoolean() ? 100 : 6.25;
					p[random.nextInt(2)] = Math.round(p[0] / step) * step;
				}
				places.add(p);
			}
		}
		for (int k = 0; k < 200; k++) {
			places.add(new double[] { Double.NaN, Double.NaN });
			places.add(new double[] { -FAR_OFF, NORTH });
		}
		for (double[] p : places) {
			long micros = (FIRST_DAY + random.nextInt(DAYS)) * 86_400_000_000L + random.nextLong(86_400_000_000L);
			rows.add(municipalities[random.nextInt(2)], categories[random.nextInt(3)], micros, Double.NaN, Double.NaN,
					p[0], p[1], -1, 1, false);
		}
		return rows.build(1);
	}

}
