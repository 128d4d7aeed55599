package se.trygghet.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The previous plan and the next side by side, activity by activity: what continued, what changed (old and new text,
 * committees), what ended (with the reason), what was merged (into which) and what is new; and the same for the focus
 * areas, goals and indicators (continued, changed, ended with the reason, or new). The page, the PDF and the
 * Word file are all drawn from this one value, so their counts agree.
 */
record PlanComparison(Side previous, Side next, List<Row> rows, List<ItemRow> items) {

	PlanComparison {
		rows = List.copyOf(rows);
		items = List.copyOf(items);
	}

	/** One plan of the two. */
	public record Side(String key, String name, int periodFrom, int periodTo, PlanState state, int activities) {

		public String period() {
			return periodFrom + "–" + periodTo;
		}

	}

	/** What a row tells: a disposition of an activity of the previous plan, or a new activity. */
	enum Kind {

		CONTINUED, CHANGED, ENDED, MERGED, NEW;

		static Kind of(Disposition disposition) {
			return valueOf(disposition.name());
		}

	}

	/** One activity as it was (absent for a new one) and as it is (absent for an ended one; the target of a merge). */
	public record Row(Kind kind, @Nullable Item before, @Nullable Item after, @Nullable String reason) {
	}

	public record Item(String number, String text, List<String> committees, @Nullable String lead) {

		public Item {
			committees = List.copyOf(committees);
		}

		public String committeeList() {
			return String.join(", ", committees);
		}

	}

	public List<Row> rows(Kind kind) {
		return rows.stream().filter(r -> r.kind() == kind).toList();
	}

	public int count(Kind kind) {
		return rows(kind).size();
	}

	/** Every kind with its count, in the order the page, the PDF and the Word file list them. */
	public List<Count> counts() {
		return java.util.Arrays.stream(Kind.values()).map(k -> new Count(k, count(k))).toList();
	}

	public record Count(Kind kind, int count) {
	}

	/** The rows of each kind that has any, in the order of the counts. */
	public List<Section> sections() {
		return java.util.Arrays.stream(Kind.values())
			.map(k -> new Section(k, rows(k)))
			.filter(s -> !s.rows().isEmpty())
			.toList();
	}

	public record Section(Kind kind, List<Row> rows) {
	}

	/**
	 * One focus area, goal or indicator as the previous plan stated it (absent for a new one) and as the next one does
	 * (absent for an ended one, which has its reason). {@code kind} is never MERGED.
	 */
	public record ItemRow(CarriedItems.Kind what, Kind kind, @Nullable String before, @Nullable String after,
			@Nullable String reason) {
	}

	/** How many items of one kind continued, changed, ended or are new. */
	public record ItemCount(CarriedItems.Kind what, int continued, int changed, int ended, int added) {
	}

	/** Focus areas, goals and indicators with their counts, in that order, for the page, the PDF and the Word file. */
	public List<ItemCount> itemCounts() {
		return java.util.Arrays.stream(CarriedItems.Kind.values())
			.map(w -> new ItemCount(w, itemCount(w, Kind.CONTINUED), itemCount(w, Kind.CHANGED),
					itemCount(w, Kind.ENDED), itemCount(w, Kind.NEW)))
			.toList();
	}

	/** The items of each kind that did not just continue (changed, ended or new), for each kind that has any. */
	public List<ItemSection> itemSections() {
		return java.util.Arrays.stream(CarriedItems.Kind.values())
			.map(w -> new ItemSection(w, items.stream().filter(i -> i.what() == w && i.kind() != Kind.CONTINUED).toList()))
			.filter(s -> !s.rows().isEmpty())
			.toList();
	}

	public record ItemSection(CarriedItems.Kind what, List<ItemRow> rows) {
	}

	private int itemCount(CarriedItems.Kind what, Kind kind) {
		return (int) items.stream().filter(i -> i.what() == what && i.kind() == kind).count();
	}

}
