package se.trygghet.situation;

/**
 * One square of a SWEREF 99 TM grid, by column and row: the square from (column × size, row × size) to one size
 * further east and north. Squares are aligned to multiples of their size, as SCB's statistical grid is, so 250 m
 * cells here coincide with SCB's 250 m squares.
 */
record GridCell(long column, long row) {

	/** The cell of (E, N): (⌊E / s⌋, ⌊N / s⌋), the one rule every count uses (docs/HOTSPOTS.md). */
	static GridCell containing(double east, double north, int size) {
		return new GridCell(ordinal(east, size), ordinal(north, size));
	}

	/** ⌊coordinate / size⌋ with the division in doubles, as the counts have always been made (and SQL made them). */
	static long ordinal(double coordinate, int size) {
		return (long) Math.floor(coordinate / size);
	}

	double centreEast(int size) {
		return (column + 0.5) * size;
	}

	double centreNorth(int size) {
		return (row + 0.5) * size;
	}

	/** Queen contiguity: the eight squares that share an edge or a corner. */
	boolean touches(GridCell other) {
		return !equals(other) && Math.abs(column - other.column) <= 1 && Math.abs(row - other.row) <= 1;
	}

}
