package se.trygghet.situation;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A shape in SWEREF 99 TM classified by the squares of {@link Incidents.Squares}: each square its bounding box touches
 * lies wholly inside the shape, wholly outside it, or across its border, and a square across the border is divided
 * into finer cells classified the same way. A count then takes every incident of a square inside, none of a square
 * outside, and locates in the shape only an incident whose fine cell the border crosses: the same count as locating
 * every point, for a fraction of the work. It depends only on the shape, so it is made once per shape
 * ({@link IncidentCountsReadModel} keeps it), whatever is counted in it.
 *
 * <p>How: every fine cell that a segment of the shape's border (or a point of it) comes within {@link #MARGIN} of is
 * marked; a run of unmarked cells along a row, or one touching an unmarked cell below it, is all on one side of the
 * border, so one point of it is located for all. Points are placed in a square or cell by floating-point division,
 * which may put a point a nanometre beyond its cell: the margin, a millimetre, makes that harmless.
 */
final class ShapeSquares {

	/** Whether a point lies in a shape or on its border. */
	interface Locator {

		boolean locate(double east, double north);

	}

	/** Squares larger than this many in the bounding box are not classified: the count reads every row instead. */
	static final int MAX_SQUARES = 1 << 18;

	/** Fine cells per side of a square at most, and fine cells in the whole bounding box at most. */
	private static final int FINEST = 16;

	private static final int MAX_CELLS = 1 << 22;

	/** Metres a cell is widened by when testing whether the border comes near it. */
	static final double MARGIN = 1e-3;

	static final byte OUTSIDE = 0;

	static final byte INSIDE = 1;

	/** Of a square: some of it inside, some not. Of a fine cell: the border comes within the margin of it. */
	static final byte ACROSS = 2;

	private static final byte UNKNOWN = 3;

	private static final GeometryFactory POINTS = new GeometryFactory();

	final int firstColumn;

	final int firstRow;

	final int columns;

	final int rows;

	/** Class of square (column − firstColumn) × rows + (row − firstRow). */
	private final byte[] classes;

	/** The squares across the border (by the number above, ascending) and their fine cells, fine² each. */
	private final int[] across;

	private final byte[] cells;

	/** Fine cells per side of a square. */
	final int fine;

	private final double cellSize;

	private final PointOnGeometryLocator locator;

	private ShapeSquares(int firstColumn, int firstRow, int columns, int rows, byte[] classes, int[] across,
			byte[] cells, int fine, PointOnGeometryLocator locator) {
		this.firstColumn = firstColumn;
		this.firstRow = firstRow;
		this.columns = columns;
		this.rows = rows;
		this.classes = classes;
		this.across = across;
		this.cells = cells;
		this.fine = fine;
		this.cellSize = (double) Incidents.SQUARE / fine;
		this.locator = locator;
	}

	/** The shape classified, or null when its bounding box covers more than {@link #MAX_SQUARES} squares. */
	static @Nullable ShapeSquares of(Geometry shape) {
		PointOnGeometryLocator locator = jtsLocator(shape);
		Envelope box = shape.getEnvelopeInternal();
		int firstColumn = square(box.getMinX() - MARGIN);
		int firstRow = square(box.getMinY() - MARGIN);
		long columns = (long) square(box.getMaxX() + MARGIN) - firstColumn + 1;
		long rows = (long) square(box.getMaxY() + MARGIN) - firstRow + 1;
		if (columns * rows > MAX_SQUARES) {
			return null;
		}
		int fine = FINEST;
		while (fine > 1 && columns * rows * fine * fine > MAX_CELLS) {
			fine /= 2;
		}
		Raster raster = new Raster(firstColumn * (double) Incidents.SQUARE, firstRow * (double) Incidents.SQUARE,
				(int) columns * fine, (int) rows * fine, (double) Incidents.SQUARE / fine);
		// the border: every ring and line of the shape, and any lone point
		shape.apply((GeometryComponentFilter) part -> {
			if (part instanceof LineString line) {
				Coordinate[] points = line.getCoordinates();
				for (int k = 0; k < points.length; k++) {
					Coordinate to = points[Math.min(k + 1, points.length - 1)];
					raster.mark(points[k].x, points[k].y, to.x, to.y);
				}
			}
			else if (part instanceof Point point && !point.isEmpty()) {
				raster.mark(point.getX(), point.getY(), point.getX(), point.getY());
			}
		});
		raster.fill(locator);
		return raster.squares(firstColumn, firstRow, (int) columns, (int) rows, fine, locator);
	}

	/** The shape's own {@link Locator}, for a shape too large to classify. */
	static Locator locator(Geometry shape) {
		PointOnGeometryLocator locator = jtsLocator(shape);
		return (east, north) -> locator.locate(new Coordinate(east, north)) != Location.EXTERIOR;
	}

	/** A locator of points in the shape, its border included; its index is made here, not in the first count. */
	private static PointOnGeometryLocator jtsLocator(Geometry shape) {
		PointOnGeometryLocator locator = shape instanceof Polygonal ? new IndexedPointInAreaLocator(shape)
				: new PreparedCovers(PreparedGeometryFactory.prepare(shape));
		locator.locate(shape.getEnvelopeInternal().centre());
		return locator;
	}

	/** The number of the square (column or row) a coordinate lies in. */
	static int square(double metres) {
		return (int) Math.floor(metres / Incidents.SQUARE);
	}

	/** The class of a square: {@link #INSIDE}, {@link #OUTSIDE} or {@link #ACROSS}. */
	byte classOf(int column, int row) {
		int c = column - firstColumn;
		int r = row - firstRow;
		if (c < 0 || r < 0 || c >= columns || r >= rows) {
			return OUTSIDE;
		}
		return classes[c * rows + r];
	}

	/** Where the fine cells of a square across the border begin in {@link #covers}'s table. */
	int cellsOf(int column, int row) {
		return Arrays.binarySearch(across, (column - firstColumn) * rows + (row - firstRow)) * fine * fine;
	}

	/**
	 * Whether a point of the square across the border whose cells begin at {@code cells} ({@link #cellsOf}) lies in
	 * the shape or on its border.
	 */
	boolean covers(int cells, int column, int row, double east, double north) {
		int i = clamp(Math.floor((east - column * (double) Incidents.SQUARE) / cellSize), fine - 1);
		int j = clamp(Math.floor((north - row * (double) Incidents.SQUARE) / cellSize), fine - 1);
		byte cell = this.cells[cells + j * fine + i];
		return cell == INSIDE || cell == ACROSS && locate(east, north);
	}

	/** A cell's number from 0 to last, a point a little beyond either end taken as in the end cell. */
	private static int clamp(double cell, int last) {
		return (int) Math.max(0, Math.min(last, cell));
	}

	/** Locates a point in the shape itself: true in it or on its border. */
	boolean locate(double east, double north) {
		return locator.locate(new Coordinate(east, north)) != Location.EXTERIOR;
	}

	/** A shape that is not a polygon (a collection left by a difference) is tested as a prepared geometry. */
	private record PreparedCovers(PreparedGeometry prepared) implements PointOnGeometryLocator {

		@Override
		public int locate(Coordinate p) {
			return prepared.covers(POINTS.createPoint(p)) ? Location.INTERIOR : Location.EXTERIOR;
		}

	}

	/** The fine cells of the bounding box while they are classified, row after row. */
	private static final class Raster {

		private final double x0;

		private final double y0;

		private final int width;

		private final int height;

		private final double size;

		private final byte[] cell;

		Raster(double x0, double y0, int width, int height, double size) {
			this.x0 = x0;
			this.y0 = y0;
			this.width = width;
			this.height = height;
			this.size = size;
			this.cell = new byte[width * height];
			Arrays.fill(cell, UNKNOWN);
		}

		private int column(double x) {
			return clamp(Math.floor((x - x0) / size), width - 1);
		}

		private int row(double y) {
			return clamp(Math.floor((y - y0) / size), height - 1);
		}

		/**
		 * Marks every cell the segment comes within the margin of: column by column, the segment's north–south extent
		 * over the column's east–west extent (widened by the margin), widened by the margin.
		 */
		void mark(double xa, double ya, double xb, double yb) {
			double west = Math.min(xa, xb);
			double east = Math.max(xa, xb);
			for (int i = column(west - MARGIN), last = column(east + MARGIN); i <= last; i++) {
				double from = Math.max(west, x0 + i * size - MARGIN);
				double to = Math.min(east, x0 + (i + 1) * size + MARGIN);
				double south = Math.min(ya, yb);
				double north = Math.max(ya, yb);
				if (xa != xb && from <= to) {
					double t0 = Math.max(0, Math.min(1, (from - xa) / (xb - xa)));
					double t1 = Math.max(0, Math.min(1, (to - xa) / (xb - xa)));
					double y1 = ya + t0 * (yb - ya);
					double y2 = ya + t1 * (yb - ya);
					south = Math.min(y1, y2);
					north = Math.max(y1, y2);
				}
				for (int j = row(south - MARGIN), top = row(north + MARGIN); j <= top; j++) {
					cell[j * width + i] = ACROSS;
				}
			}
		}

		/**
		 * Classifies every unmarked cell: a run of them along a row is on one side of the border, and so is one that
		 * touches an unmarked cell below it, whose class it then takes; otherwise its first cell's centre is located.
		 */
		void fill(PointOnGeometryLocator locator) {
			Coordinate centre = new Coordinate();
			for (int j = 0; j < height; j++) {
				int i = 0;
				while (i < width) {
					if (cell[j * width + i] == ACROSS) {
						i++;
						continue;
					}
					int end = i;
					byte known = UNKNOWN;
					while (end < width && cell[j * width + end] != ACROSS) {
						if (known == UNKNOWN && j > 0 && cell[(j - 1) * width + end] != ACROSS) {
							known = cell[(j - 1) * width + end];
						}
						end++;
					}
					if (known == UNKNOWN) {
						centre.x = x0 + (i + 0.5) * size;
						centre.y = y0 + (j + 0.5) * size;
						known = locator.locate(centre) == Location.EXTERIOR ? OUTSIDE : INSIDE;
					}
					Arrays.fill(cell, j * width + i, j * width + end, known);
					i = end;
				}
			}
		}

		/** The squares' classes, and the fine cells of those across the border. */
		ShapeSquares squares(int firstColumn, int firstRow, int columns, int rows, int fine,
				PointOnGeometryLocator locator) {
			byte[] classes = new byte[columns * rows];
			int[] across = new int[columns * rows];
			int acrossCount = 0;
			for (int c = 0; c < columns; c++) {
				for (int r = 0; r < rows; r++) {
					boolean inside = true;
					boolean outside = true;
					for (int j = r * fine; j < (r + 1) * fine; j++) {
						for (int i = c * fine; i < (c + 1) * fine; i++) {
							byte k = cell[j * width + i];
							inside &= k == INSIDE;
							outside &= k == OUTSIDE;
						}
					}
					byte square = inside ? INSIDE : outside ? OUTSIDE : ACROSS;
					classes[c * rows + r] = square;
					if (square == ACROSS) {
						across[acrossCount++] = c * rows + r;
					}
				}
			}
			byte[] cells = new byte[acrossCount * fine * fine];
			for (int a = 0; a < acrossCount; a++) {
				int c = across[a] / rows;
				int r = across[a] % rows;
				for (int j = 0; j < fine; j++) {
					System.arraycopy(cell, (r * fine + j) * width + c * fine, cells, (a * fine + j) * fine, fine);
				}
			}
			return new ShapeSquares(firstColumn, firstRow, columns, rows, classes, Arrays.copyOf(across, acrossCount),
					cells, fine, locator);
		}

	}

}
