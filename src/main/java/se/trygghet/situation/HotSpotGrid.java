package se.trygghet.situation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;

/**
 * The cells of a study area at one cell size, numbered 0…n−1 in the order of their column and row, with everything
 * about them that depends only on the cell size and the areas, never on which incidents are counted: each cell's
 * queen neighbourhood within the study area (for Gi*), the name of the area it lies in, and its square in WGS84 as a
 * GeoJSON feature. {@link HotSpots} makes one per municipality, cell size and area revision and counts into its
 * numbering, so a query costs the counting and the statistics, not the geometry.
 */
final class HotSpotGrid {

	final int cellSize;

	/** Names the grid for clients that join counts to cells: the municipality, cell size and area revision. */
	final String key;

	private final long[] columns;

	private final long[] rows;

	private final long minColumn;

	private final long minRow;

	private final int width;

	private final int height;

	/** Cell number by (row − minRow) × width + (column − minColumn), −1 where no cell of the study area is. */
	private final int[] lookup;

	/** The neighbourhood of cell i (itself included) is neighbours[neighbourStart[i] … neighbourStart[i + 1]). */
	final int[] neighbourStart;

	final int[] neighbours;

	private final String[] names;

	private volatile String @org.jspecify.annotations.Nullable [] features;

	/** {@link #features} in UTF-8, as the hot-spot GeoJSON is written: encoded once per grid, not per answer. */
	private volatile byte @org.jspecify.annotations.Nullable [][] utf8Features;

	HotSpotGrid(String key, Set<GridCell> cells, int cellSize, java.util.function.Function<List<GridCell>, List<String>> names) {
		this.key = key;
		this.cellSize = cellSize;
		List<GridCell> ordered = new ArrayList<>(cells);
		ordered.sort(Comparator.comparingLong(GridCell::column).thenComparingLong(GridCell::row));
		int n = ordered.size();
		columns = new long[n];
		rows = new long[n];
		long c0 = Long.MAX_VALUE;
		long c1 = Long.MIN_VALUE;
		long r0 = Long.MAX_VALUE;
		long r1 = Long.MIN_VALUE;
		for (int i = 0; i < n; i++) {
			columns[i] = ordered.get(i).column();
			rows[i] = ordered.get(i).row();
			c0 = Math.min(c0, columns[i]);
			c1 = Math.max(c1, columns[i]);
			r0 = Math.min(r0, rows[i]);
			r1 = Math.max(r1, rows[i]);
		}
		minColumn = n == 0 ? 0 : c0;
		minRow = n == 0 ? 0 : r0;
		width = n == 0 ? 0 : Math.toIntExact(c1 - c0 + 1);
		height = n == 0 ? 0 : Math.toIntExact(r1 - r0 + 1);
		lookup = new int[Math.multiplyExact(width, height)];
		Arrays.fill(lookup, -1);
		for (int i = 0; i < n; i++) {
			lookup[(int) (rows[i] - minRow) * width + (int) (columns[i] - minColumn)] = i;
		}
		neighbourStart = new int[n + 1];
		int[] found = new int[9 * n];
		int at = 0;
		for (int i = 0; i < n; i++) {
			neighbourStart[i] = at;
			for (long dc = -1; dc <= 1; dc++) {
				for (long dr = -1; dr <= 1; dr++) {
					int j = index(columns[i] + dc, rows[i] + dr);
					if (j >= 0) {
						found[at++] = j;
					}
				}
			}
		}
		neighbourStart[n] = at;
		neighbours = Arrays.copyOf(found, at);
		this.names = names.apply(ordered).toArray(String[]::new);
	}

	int size() {
		return columns.length;
	}

	GridCell cell(int i) {
		return new GridCell(columns[i], rows[i]);
	}

	String name(int i) {
		return names[i];
	}

	/** The cell's id as the API and the page write it: {@code column-row}. */
	String id(int i) {
		return columns[i] + "-" + rows[i];
	}

	/** The number of the cell (column, row), or −1 when it is not in the study area. */
	int index(long column, long row) {
		long c = column - minColumn;
		long r = row - minRow;
		if (c < 0 || r < 0 || c >= width || r >= height) {
			return -1;
		}
		return lookup[(int) r * width + (int) c];
	}

	int index(GridCell cell) {
		return index(cell.column(), cell.row());
	}

	/**
	 * The number of the cell an incident at (east, north) lies in, or −1 outside the study area: the cell of (E, N) is
	 * (⌊E / s⌋, ⌊N / s⌋), with E / s divided as doubles (docs/HOTSPOTS.md).
	 */
	int indexAt(double east, double north) {
		return index(GridCell.ordinal(east, cellSize), GridCell.ordinal(north, cellSize));
	}

	/**
	 * Cell i as a GeoJSON feature up to the inside of its properties, its square in WGS84 and the area it lies in
	 * included: {@code {"type":"Feature","id":"c-r","geometry":{…},"properties":{"area":"…"}}. The corners are
	 * transformed once per grid, each shared corner once.
	 */
	String feature(int i) {
		String[] made = features;
		if (made == null) {
			synchronized (this) {
				made = features;
				if (made == null) {
					made = makeFeatures();
					features = made;
				}
			}
		}
		return made[i];
	}

	/** {@link #feature} in UTF-8. */
	byte[] featureUtf8(int i) {
		byte[][] made = utf8Features;
		if (made == null) {
			synchronized (this) {
				made = utf8Features;
				if (made == null) {
					made = new byte[size()][];
					for (int k = 0; k < made.length; k++) {
						made[k] = feature(k).getBytes(java.nio.charset.StandardCharsets.UTF_8);
					}
					utf8Features = made;
				}
			}
		}
		return made[i];
	}

	private String[] makeFeatures() {
		int n = size();
		double[] longitude = new double[(width + 1) * (height + 1)];
		double[] latitude = new double[longitude.length];
		boolean[] done = new boolean[longitude.length];
		String[] made = new String[n];
		StringBuilder json = new StringBuilder(256);
		for (int i = 0; i < n; i++) {
			long c = columns[i];
			long r = rows[i];
			json.setLength(0);
			json.append("{\"type\":\"Feature\",\"id\":\"").append(c).append('-').append(r)
				.append("\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
			long[][] corners = { { c, r }, { c + 1, r }, { c + 1, r + 1 }, { c, r + 1 }, { c, r } };
			for (int k = 0; k < corners.length; k++) {
				int v = (int) (corners[k][1] - minRow) * (width + 1) + (int) (corners[k][0] - minColumn);
				if (!done[v]) {
					Wgs84Point corner = new Sweref99Point(corners[k][0] * (double) cellSize,
							corners[k][1] * (double) cellSize).toWgs84();
					longitude[v] = corner.longitude();
					latitude[v] = corner.latitude();
					done[v] = true;
				}
				json.append(k == 0 ? "[" : ",[");
				HotSpots.sixDecimals(json, longitude[v]).append(',');
				HotSpots.sixDecimals(json, latitude[v]).append(']');
			}
			json.append("]]},\"properties\":{\"area\":");
			HotSpots.jsonString(json, names[i]);
			made[i] = json.toString();
		}
		return made;
	}

}
