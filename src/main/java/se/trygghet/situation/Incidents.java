package se.trygghet.situation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The incidents as every count of the lägesbild reads them: one row per incident in primitive arrays (a column each),
 * sorted by day, without anything a count never reads (no description, reporter or organisation). A period is then a
 * binary search for its first and last day, and categories, weekdays and hours are one look-up in a table of allowed
 * combinations per row ({@link Selection}), so a year of a million incidents is read in a few milliseconds however it
 * is filtered. Days, weekdays and hours are those of the municipality's time (the platform clock's zone), as the
 * analysts read the clock.
 *
 * <p>Immutable: {@link IncidentProjection} builds a new one when incidents change, and a count works on the one it
 * was given, never on one that changes under it.
 */
final class Incidents {

	/** Hours of a week: a row's hour of the week is (ISO weekday − 1) × 24 + hour of the day. */
	static final int HOURS_OF_WEEK = 7 * 24;

	static final int SEVERITY_MASK = 0x0f;

	static final int DEMO = 0x10;

	/** Counts this projection apart from the one before it, for keys of results computed from it. */
	final long version;

	final int size;

	/** Day of the incident in Swedish time, as days since 1970-01-01; ascending. */
	final int[] day;

	/**
	 * What a filter decides on, in one number: the kind (municipality and category together, an index into the
	 * dictionary's kinds) × {@value #HOURS_OF_WEEK} + the hour of the week in Swedish time, (ISO weekday − 1) × 24 +
	 * hour. A filter is then one table of allowed keys.
	 */
	final int[] key;

	/** Index into {@link #areaIds} of the smallest area the incident lay in, or −1 for none. */
	final int[] area;

	/** SWEREF 99 TM metres exactly as stored; NaN for an incident without a place. */
	final double[] east;

	final double[] north;

	/** WGS84 degrees exactly as stored; NaN for an incident without a place. */
	final double[] latitude;

	final double[] longitude;

	/** The exact time, in microseconds since 1970 (PostgreSQL's precision). */
	final long[] occurredMicros;

	/** Severity (1–3) in the low bits, {@link #DEMO} for demo data. */
	final byte[] flags;

	final Dictionary dictionary;

	/** The cell of each row in a grid ({@link #cells}), by the grid's key: computed when first asked for. */
	private final Map<String, int[]> cells = new java.util.concurrent.ConcurrentHashMap<>();

	Incidents(long version, int size, int[] day, int[] key, int[] area, double[] east, double[] north,
			double[] latitude, double[] longitude, long[] occurredMicros, byte[] flags, Dictionary dictionary) {
		this.version = version;
		this.size = size;
		this.day = day;
		this.key = key;
		this.area = area;
		this.east = east;
		this.north = north;
		this.latitude = latitude;
		this.longitude = longitude;
		this.occurredMicros = occurredMicros;
		this.flags = flags;
		this.dictionary = dictionary;
	}

	/**
	 * The municipalities, categories and areas the rows refer to by index. It only grows, so an index stays valid from
	 * one projection to the next.
	 */
	public record Dictionary(List<String> municipalities, List<String> categories, int[] kindMunicipality,
			int[] kindCategory, List<UUID> areaIds, Map<UUID, Integer> areaIndex) {

		static final Dictionary EMPTY = new Dictionary(List.of(), List.of(), new int[0], new int[0], List.of(), Map.of());

		int kinds() {
			return kindMunicipality.length;
		}

		int municipality(String code) {
			return municipalities.indexOf(code);
		}

		int category(String code) {
			return categories.indexOf(code);
		}

		/** Every kind whose municipality and category are allowed. */
		boolean[] kinds(int municipality, boolean @Nullable [] categories) {
			boolean[] allowed = new boolean[kinds()];
			for (int k = 0; k < allowed.length; k++) {
				allowed[k] = kindMunicipality[k] == municipality
						&& (categories == null || kindCategory[k] < categories.length && categories[kindCategory[k]]);
			}
			return allowed;
		}

		/** The categories among these codes, as a mask by category index; null for none given (every category). */
		boolean @Nullable [] categories(Set<String> codes) {
			if (codes.isEmpty()) {
				return null;
			}
			boolean[] mask = new boolean[categories.size()];
			for (int c = 0; c < mask.length; c++) {
				mask[c] = codes.contains(categories.get(c));
			}
			return mask;
		}

	}

	/** The first row on or after the day (the size when there is none). */
	int firstOnOrAfter(LocalDate date) {
		return firstOnOrAfter((int) date.toEpochDay());
	}

	int firstOnOrAfter(int epochDay) {
		return firstOnOrAfter(day, 0, size, epochDay);
	}

	int hourOfWeek(int row) {
		return key[row] % HOURS_OF_WEEK;
	}

	int kind(int row) {
		return key[row] / HOURS_OF_WEEK;
	}

	String category(int row) {
		return dictionary.categories().get(categoryIndex(row));
	}

	int categoryIndex(int row) {
		return dictionary.kindCategory()[kind(row)];
	}

	int municipalityIndex(int row) {
		return dictionary.kindMunicipality()[kind(row)];
	}

	/**
	 * The days of the rows of each area and kind (municipality × category), each group in day order: those of area
	 * index a (−1 for none) and kind k are {@code day[start[g]] … day[start[g + 1] − 1]} with g = (a + 1) × kinds + k. A
	 * count of an area's incidents of some kinds over a stretch of days is then two binary searches per kind, whatever
	 * the number of incidents.
	 */
	public record AreaRows(int kinds, int[] start, int[] day) {

		/** How many of area a's rows of the kind lie on days from ≤ day &lt; to. */
		int count(int a, int kind, int from, int to) {
			int g = (a + 1) * kinds + kind;
			return Incidents.firstOnOrAfter(day, start[g], start[g + 1], to)
					- Incidents.firstOnOrAfter(day, start[g], start[g + 1], from);
		}

	}

	/** The first position from low up to high whose day is on or after the day (high when there is none). */
	private static int firstOnOrAfter(int[] day, int low, int high, int epochDay) {
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (day[middle] < epochDay) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private volatile @Nullable AreaRows areaRows;

	/** {@link AreaRows}, made when first asked for (one pass to count, one to place). */
	AreaRows areaRows() {
		AreaRows made = areaRows;
		if (made == null) {
			int kinds = dictionary.kinds();
			int[] start = new int[(dictionary.areaIds().size() + 1) * kinds + 1];
			for (int i = 0; i < size; i++) {
				start[(area[i] + 1) * kinds + kind(i) + 1]++;
			}
			for (int g = 1; g < start.length; g++) {
				start[g] += start[g - 1];
			}
			int[] next = java.util.Arrays.copyOf(start, start.length);
			int[] grouped = new int[size];
			for (int i = 0; i < size; i++) {
				grouped[next[(area[i] + 1) * kinds + kind(i)]++] = day[i];
			}
			made = new AreaRows(kinds, start, grouped);
			areaRows = made;
		}
		return made;
	}

	/** Side of the squares of {@link Squares}, in metres. */
	static final int SQUARE = 100;

	/**
	 * No place on earth lies this far (in metres) from SWEREF 99 TM's origin: a row placed further out is a stray,
	 * kept apart from the squares so that their numbers stay small.
	 */
	private static final double FAR = 1e8;

	/**
	 * The placed rows again, grouped by square of {@value #SQUARE} m (column ⌊E / s⌋, row ⌊N / s⌋; squares in column
	 * then row order, each square's rows in day order), with the columns a shape's count reads copied in that order. A
	 * shape ({@link ShapeSquares}) then reads only the squares its bounding box touches, each from the period's first day
	 * (a binary search) to its last, one row after the other. Square s of column c is {@code columnStart[c −
	 * firstColumn] ≤ s < columnStart[c − firstColumn + 1]}, in row {@code squareRow[s]}, its rows at {@code start[s] …
	 * start[s + 1] − 1}. {@code strays} are the rows of {@link #FAR}-off places, in day order.
	 */
	public record Squares(int firstColumn, int[] columnStart, int[] squareRow, int[] start, int[] day, int[] key,
			double[] east, double[] north, int[] strays) {

		/** The first square of the column whose row is at least the row (the column's end when there is none). */
		int firstSquare(int column, int row) {
			int c = column - firstColumn;
			if (c < 0 || c >= columnStart.length - 1) {
				return 0;
			}
			int low = columnStart[c];
			int high = columnStart[c + 1];
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (squareRow[middle] < row) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return low;
		}

		/** The end of the column's squares (0 for a column without any, as {@link #firstSquare} starts it). */
		int columnEnd(int column) {
			int c = column - firstColumn;
			return c < 0 || c >= columnStart.length - 1 ? 0 : columnStart[c + 1];
		}

		/** The first position among square s's rows whose day is on or after the day (its end when there is none). */
		int firstOnOrAfter(int s, int epochDay) {
			return Incidents.firstOnOrAfter(day, start[s], start[s + 1], epochDay);
		}

	}

	private volatile @Nullable Squares squares;

	/** {@link Squares}, made when first asked for: two stable counting sorts, by row and then by column. */
	Squares squares() {
		Squares made = squares;
		if (made == null) {
			made = makeSquares();
			squares = made;
		}
		return made;
	}

	private Squares makeSquares() {
		int[] column = new int[size];
		int[] row = new int[size];
		int placed = 0;
		int strays = 0;
		int minColumn = Integer.MAX_VALUE;
		int maxColumn = Integer.MIN_VALUE;
		int minRow = Integer.MAX_VALUE;
		int maxRow = Integer.MIN_VALUE;
		for (int i = 0; i < size; i++) {
			double e = east[i];
			double n = north[i];
			if (!(Math.abs(e) < FAR && Math.abs(n) < FAR)) { // NaN: no place, never in a shape
				column[i] = e == e && n == n ? STRAY : Integer.MIN_VALUE;
				strays += e == e && n == n ? 1 : 0;
				continue;
			}
			column[i] = (int) Math.floor(e / SQUARE);
			row[i] = (int) Math.floor(n / SQUARE);
			minColumn = Math.min(minColumn, column[i]);
			maxColumn = Math.max(maxColumn, column[i]);
			minRow = Math.min(minRow, row[i]);
			maxRow = Math.max(maxRow, row[i]);
			placed++;
		}
		int[] strayRows = new int[strays];
		if (placed == 0) {
			minColumn = maxColumn = minRow = maxRow = 0;
		}
		int[] byRow = new int[placed];
		int[] next = new int[maxRow - minRow + 2];
		for (int i = 0, s = 0; i < size; i++) {
			if (column[i] > STRAY) {
				next[row[i] - minRow + 1]++;
			}
			else if (column[i] == STRAY) {
				strayRows[s++] = i;
			}
		}
		for (int r = 1; r < next.length; r++) {
			next[r] += next[r - 1];
		}
		for (int i = 0; i < size; i++) {
			if (column[i] > STRAY) {
				byRow[next[row[i] - minRow]++] = i;
			}
		}
		int[] order = new int[placed];
		next = new int[maxColumn - minColumn + 2];
		for (int i : byRow) {
			next[column[i] - minColumn + 1]++;
		}
		for (int c = 1; c < next.length; c++) {
			next[c] += next[c - 1];
		}
		int[] columnOf = java.util.Arrays.copyOf(next, next.length); // where each column's rows begin
		for (int i : byRow) {
			order[next[column[i] - minColumn]++] = i;
		}
		// the squares: runs of equal (column, row) in that order
		int squareCount = 0;
		for (int k = 0; k < placed; k++) {
			if (k == 0 || column[order[k]] != column[order[k - 1]] || row[order[k]] != row[order[k - 1]]) {
				squareCount++;
			}
		}
		int[] columnStart = new int[next.length];
		int[] squareRow = new int[squareCount];
		int[] start = new int[squareCount + 1];
		int s = -1;
		for (int k = 0; k < placed; k++) {
			int c = column[order[k]] - minColumn;
			if (k == 0 || column[order[k]] != column[order[k - 1]] || row[order[k]] != row[order[k - 1]]) {
				s++;
				squareRow[s] = row[order[k]];
				start[s] = k;
				if (k == columnOf[c]) {
					columnStart[c] = s;
				}
			}
		}
		start[squareCount] = placed;
		// a column without rows starts where the next one does
		columnStart[columnStart.length - 1] = squareCount;
		for (int c = columnStart.length - 2; c >= 0; c--) {
			if (columnOf[c] == columnOf[c + 1]) {
				columnStart[c] = columnStart[c + 1];
			}
		}
		int[] squareDay = new int[placed];
		int[] squareKey = new int[placed];
		double[] squareEast = new double[placed];
		double[] squareNorth = new double[placed];
		for (int k = 0; k < placed; k++) {
			int i = order[k];
			squareDay[k] = day[i];
			squareKey[k] = key[i];
			squareEast[k] = east[i];
			squareNorth[k] = north[i];
		}
		return new Squares(minColumn, columnStart, squareRow, start, squareDay, squareKey, squareEast, squareNorth,
				strayRows);
	}

	/** {@link #makeSquares}'s mark of a stray row (no place: {@code Integer.MIN_VALUE}). */
	private static final int STRAY = Integer.MIN_VALUE + 1;

	/**
	 * The number of each row's cell in the grid, {@code grid.size()} for a row outside the study area and
	 * {@code grid.size() + 1} for one without a place: a count per cell is then one addition per row, without a branch
	 * ({@link HotSpots}). Kept with these incidents for the last few grids asked for.
	 */
	int[] cells(HotSpotGrid grid) {
		int[] found = cells.get(grid.key);
		if (found != null) {
			return found;
		}
		if (cells.size() >= 4) {
			cells.clear();
		}
		return cells.computeIfAbsent(grid.key, k -> {
			int[] cell = new int[size];
			int outside = grid.size();
			for (int i = 0; i < size; i++) {
				if (Double.isNaN(east[i])) {
					cell[i] = outside + 1;
				}
				else {
					int at = grid.indexAt(east[i], north[i]);
					cell[i] = at < 0 ? outside : at;
				}
			}
			return cell;
		});
	}

	@Nullable
	UUID area(int row) {
		return area[row] < 0 ? null : dictionary.areaIds().get(area[row]);
	}

	boolean hasPlace(int row) {
		return !Double.isNaN(east[row]);
	}

	boolean demo(int row) {
		return (flags[row] & DEMO) != 0;
	}

	int severity(int row) {
		return flags[row] & SEVERITY_MASK;
	}

	Instant occurredAt(int row) {
		long micros = occurredMicros[row];
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
	}

	/**
	 * The rows a filter selects: those from the first day up to (not including) the last, of the municipality, of the
	 * categories (all when none is given), on the weekdays and in the hours (all when none are given), and, when
	 * {@code placed}, with a place. Test each row of {@link Selection#first}…{@link Selection#end} with
	 * {@link Selection#test}.
	 */
	Selection select(String municipality, HotSpots.IncidentFilter filter, boolean placed) {
		boolean[] hours = new boolean[HOURS_OF_WEEK];
		for (int h = 0; h < HOURS_OF_WEEK; h++) {
			int weekday = h / 24 + 1;
			int hour = h % 24;
			hours[h] = (filter.weekdays().isEmpty() || filter.weekdays().contains(weekday))
					&& (filter.hours() == null || filter.hours().includes(hour));
		}
		return new Selection(this, firstOnOrAfter(filter.from()), firstOnOrAfter(filter.to()),
				dictionary.kinds(dictionary.municipality(municipality), dictionary.categories(filter.categories())), hours,
				placed);
	}

	/**
	 * The rows of a filter: a range of days and a table of the allowed keys (kind, hour of the week), which is the
	 * whole rule of which incidents a count takes. Made by {@link #select}.
	 */
	static final class Selection {

		final int first;

		final int end;

		/** 1 for an allowed key, 0 for another: a count may add it without a branch. */
		final byte[] allowed;

		private final int[] key;

		private final double[] east;

		private final boolean placed;

		Selection(Incidents incidents, int first, int end, boolean[] kinds, boolean[] hours, boolean placed) {
			this.first = first;
			this.end = Math.max(first, end);
			this.allowed = new byte[kinds.length * HOURS_OF_WEEK];
			for (int k = 0; k < kinds.length; k++) {
				for (int h = 0; h < HOURS_OF_WEEK && kinds[k]; h++) {
					allowed[k * HOURS_OF_WEEK + h] = (byte) (hours[h] ? 1 : 0);
				}
			}
			this.key = incidents.key;
			this.east = incidents.east;
			this.placed = placed;
		}

		boolean test(int row) {
			return allowed[key[row]] != 0 && (!placed || east[row] == east[row]);
		}

	}

	/**
	 * Rows being gathered, in any order, with the dictionary growing as new municipalities, categories and areas turn
	 * up; {@link #build} sorts them by day.
	 */
	static final class Builder {

		private final List<String> municipalities;

		private final List<String> categories;

		private final Map<Long, Integer> kinds = new HashMap<>();

		private int[] kindMunicipality;

		private int[] kindCategory;

		private final List<UUID> areaIds;

		private final Map<UUID, Integer> areaIndex;

		/** The municipality's time zone (the platform clock's), whose days, weekdays and hours the rows are counted by. */
		private final ZoneRules zone;

		int size;

		int[] day;

		int[] key;

		int[] area;

		double[] east;

		double[] north;

		double[] latitude;

		double[] longitude;

		long[] occurredMicros;

		byte[] flags;

		Builder(Dictionary dictionary, int capacity, ZoneRules zone) {
			this.zone = zone;
			this.municipalities = new ArrayList<>(dictionary.municipalities());
			this.categories = new ArrayList<>(dictionary.categories());
			this.kindMunicipality = dictionary.kindMunicipality().clone();
			this.kindCategory = dictionary.kindCategory().clone();
			for (int k = 0; k < kindMunicipality.length; k++) {
				kinds.put(key(kindMunicipality[k], kindCategory[k]), k);
			}
			this.areaIds = new ArrayList<>(dictionary.areaIds());
			this.areaIndex = new HashMap<>(dictionary.areaIndex());
			int c = Math.max(capacity, 16);
			day = new int[c];
			key = new int[c];
			area = new int[c];
			east = new double[c];
			north = new double[c];
			latitude = new double[c];
			longitude = new double[c];
			occurredMicros = new long[c];
			flags = new byte[c];
		}

		private static long key(int municipality, int category) {
			return ((long) municipality << 32) | category;
		}

		int municipality(String code) {
			return indexOrAdded(municipalities, code);
		}

		int category(String code) {
			return indexOrAdded(categories, code);
		}

		/** A code's place in the dictionary's list, added at its end when it is new. */
		private static int indexOrAdded(List<String> codes, String code) {
			int i = codes.indexOf(code);
			if (i < 0) {
				codes.add(code);
				i = codes.size() - 1;
			}
			return i;
		}

		int area(@Nullable UUID id) {
			if (id == null) {
				return -1;
			}
			Integer i = areaIndex.get(id);
			if (i == null) {
				i = areaIds.size();
				areaIds.add(id);
				areaIndex.put(id, i);
			}
			return i;
		}

		/** Adds a row; NaN for a missing coordinate. */
		void add(int municipality, int category, long micros, double lat, double lon, double e, double n, int areaIndex,
				int severity, boolean demo) {
			if (size == day.length) {
				grow();
			}
			Integer k = kinds.get(key(municipality, category));
			if (k == null) {
				k = kindMunicipality.length;
				if (k >= Integer.MAX_VALUE / HOURS_OF_WEEK) {
					throw new IllegalStateException("More municipality × category combinations than a projection holds");
				}
				kindMunicipality = Arrays.copyOf(kindMunicipality, k + 1);
				kindCategory = Arrays.copyOf(kindCategory, k + 1);
				kindMunicipality[k] = municipality;
				kindCategory[k] = category;
				kinds.put(key(municipality, category), k);
			}
			long seconds = Math.floorDiv(micros, 1_000_000L);
			long local = seconds + zone.getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
			int localDay = (int) Math.floorDiv(local, 86_400L);
			int hour = (int) (Math.floorMod(local, 86_400L) / 3600);
			int weekday = Math.floorMod(localDay + 3, 7); // 1970-01-01 was a Thursday: 0 = Monday
			day[size] = localDay;
			key[size] = k * HOURS_OF_WEEK + weekday * 24 + hour;
			area[size] = areaIndex;
			east[size] = e;
			north[size] = n;
			latitude[size] = lat;
			longitude[size] = lon;
			occurredMicros[size] = micros;
			flags[size] = (byte) (severity & SEVERITY_MASK | (demo ? DEMO : 0));
			size++;
		}

		private void grow() {
			int c = Math.max(16, day.length * 2);
			day = Arrays.copyOf(day, c);
			key = Arrays.copyOf(key, c);
			area = Arrays.copyOf(area, c);
			east = Arrays.copyOf(east, c);
			north = Arrays.copyOf(north, c);
			latitude = Arrays.copyOf(latitude, c);
			longitude = Arrays.copyOf(longitude, c);
			occurredMicros = Arrays.copyOf(occurredMicros, c);
			flags = Arrays.copyOf(flags, c);
		}

		Dictionary dictionary() {
			return new Dictionary(List.copyOf(municipalities), List.copyOf(categories), kindMunicipality.clone(),
					kindCategory.clone(), List.copyOf(areaIds), Map.copyOf(areaIndex));
		}

		/** The rows sorted by day. */
		Incidents build(long version) {
			return merge(null, this, version);
		}

	}

	/**
	 * The rows of {@code before} (already sorted) and of {@code added}, sorted by day, with {@code added}'s dictionary
	 * (which grew from before's): a counting sort over the days, stable, so a merge costs one pass over both.
	 */
	static Incidents merge(@Nullable Incidents before, Builder added, long version) {
		int n = (before == null ? 0 : before.size) + added.size;
		int minDay = Integer.MAX_VALUE;
		int maxDay = Integer.MIN_VALUE;
		if (before != null && before.size > 0) {
			minDay = before.day[0];
			maxDay = before.day[before.size - 1];
		}
		for (int i = 0; i < added.size; i++) {
			minDay = Math.min(minDay, added.day[i]);
			maxDay = Math.max(maxDay, added.day[i]);
		}
		int[] start = new int[n == 0 ? 1 : maxDay - minDay + 2];
		if (before != null) {
			for (int i = 0; i < before.size; i++) {
				start[before.day[i] - minDay + 1]++;
			}
		}
		for (int i = 0; i < added.size; i++) {
			start[added.day[i] - minDay + 1]++;
		}
		for (int d = 1; d < start.length; d++) {
			start[d] += start[d - 1];
		}
		int[] order = new int[n]; // target row of each source row: before's rows first, then added's
		int s = 0;
		if (before != null) {
			for (int i = 0; i < before.size; i++) {
				order[s++] = start[before.day[i] - minDay]++;
			}
		}
		for (int i = 0; i < added.size; i++) {
			order[s++] = start[added.day[i] - minDay]++;
		}
		int offset = before == null ? 0 : before.size;
		int[] day = new int[n];
		int[] key = new int[n];
		int[] area = new int[n];
		double[] east = new double[n];
		double[] north = new double[n];
		double[] latitude = new double[n];
		double[] longitude = new double[n];
		long[] occurredMicros = new long[n];
		byte[] flags = new byte[n];
		if (before != null) {
			for (int i = 0; i < before.size; i++) {
				int t = order[i];
				day[t] = before.day[i];
				key[t] = before.key[i];
				area[t] = before.area[i];
				east[t] = before.east[i];
				north[t] = before.north[i];
				latitude[t] = before.latitude[i];
				longitude[t] = before.longitude[i];
				occurredMicros[t] = before.occurredMicros[i];
				flags[t] = before.flags[i];
			}
		}
		for (int i = 0; i < added.size; i++) {
			int t = order[offset + i];
			day[t] = added.day[i];
			key[t] = added.key[i];
			area[t] = added.area[i];
			east[t] = added.east[i];
			north[t] = added.north[i];
			latitude[t] = added.latitude[i];
			longitude[t] = added.longitude[i];
			occurredMicros[t] = added.occurredMicros[i];
			flags[t] = added.flags[i];
		}
		return new Incidents(version, n, day, key, area, east, north, latitude, longitude, occurredMicros, flags,
				added.dictionary());
	}

}
