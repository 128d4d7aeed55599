package se.trygghet.identity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a module puts on a signed-in person's start page: for each of their roles, the sections that answer "what
 * needs me now?" from what the module owns. Owned here, at the bottom, so that the start page (served by {@code plan})
 * shows the work of modules above it without depending on them; each module implements it for its own work.
 * <p>
 * An implementation decides from the user's roles and committees what they may see (a reporter only their
 * committees' items), returns no section for a role it has nothing for, and stays cheap: one or two indexed queries or
 * an existing cached read model per section, since the start page is the most opened page of all.
 */
public interface StartSections {

	/**
	 * Items a section lists at most, the most pressing first; its summary gives the whole count and its link the whole
	 * list. A start page is read at a glance, and it is the most opened page of all.
	 */
	int SHOWN = 5;

	/** The sections for this user; none when the module has nothing for any of their roles. */
	List<Section> sectionsFor(CurrentUser user);

	/**
	 * Where a section stands on the page: grouped by the role it serves, in the order the groups are listed, and
	 * within a group by its number.
	 */
	enum Place {

		COORDINATOR_ROUND, COORDINATOR_REVIEW, COORDINATOR_RESIDENTS, COORDINATOR_CONSULTATION, COORDINATOR_PLAN,
		REPORTER_RETURNED, REPORTER_REPORTS, REPORTER_RESIDENTS, REPORTER_CONSULTATION, REPORTER_ACTIVITIES,
		ANALYST_WEEK,
		ANALYST_HOTSPOTS, ANALYST_EVALUATIONS, VIEWER_PROGRESS, VIEWER_INDICATORS, VIEWER_DOCUMENTS, FIELD_REPORTS,
		PARTNER_SHARED, PLAN, ADMIN

	}

	/** A message of the bundles with its arguments, resolved in the reader's language by the page. */
	record Text(String key, List<Object> args) {

		public Text {
			args = List.copyOf(args);
		}

		public static Text of(String key, Object... args) {
			return new Text(key, Arrays.asList(args));
		}

		public Object[] argArray() {
			return args.toArray();
		}

	}

	/**
	 * One thing needing attention: what it is (data as written, e.g. an activity's number and text, or a message),
	 * an optional figure (already formatted for the page) and a deadline, notes (a return comment, a committee), a
	 * badge (a state), and the page where it is handled.
	 */
	record Item(@Nullable String label, @Nullable Text text, List<Text> notes, @Nullable String figure,
			@Nullable LocalDate deadline, @Nullable Text badge, String href) {

		public Item {
			notes = List.copyOf(notes);
		}

		public static Item of(String label, String href) {
			return new Item(label, null, List.of(), null, null, null, href);
		}

		public static Item of(Text text, String href) {
			return new Item(null, text, List.of(), null, null, null, href);
		}

		public Item withNote(Text note) {
			List<Text> more = new java.util.ArrayList<>(notes);
			more.add(note);
			return new Item(label, text, more, figure, deadline, badge, href);
		}

		public Item withFigure(@Nullable String figure) {
			return new Item(label, text, notes, figure, deadline, badge, href);
		}

		public Item withDeadline(@Nullable LocalDate deadline) {
			return new Item(label, text, notes, figure, deadline, badge, href);
		}

		public Item withBadge(@Nullable Text badge) {
			return new Item(label, text, notes, figure, deadline, badge, href);
		}

	}

	/** A link under a section to the whole list or the place to act. */
	record Link(Text text, String href) {
	}

	/**
	 * A titled list: {@code id} names it in the page (tests and anchors), {@code summary} says in sentences what the
	 * list is about (a round's deadline and completion), {@code empty} says in words that nothing is waiting when
	 * {@code items} is empty, so that missing is never shown as a 0. Built without one of these, a section is refused
	 * where it is made rather than shown as a heading over an empty paragraph.
	 */
	record Section(Place place, String id, Text title, List<Text> summary, List<Item> items, Text empty,
			List<Link> links) {

		public Section {
			Objects.requireNonNull(place, "place");
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(empty, "empty: the words for a section with nothing waiting");
			summary = List.copyOf(summary);
			items = List.copyOf(items);
			links = List.copyOf(links);
		}

		public static Section of(Place place, String id, Text title, List<Item> items, Text empty) {
			return new Section(place, id, title, List.of(), items, empty, List.of());
		}

		public Section withSummary(List<Text> summary) {
			return new Section(place, id, title, summary, items, empty, links);
		}

		public Section withLinks(List<Link> links) {
			return new Section(place, id, title, summary, items, empty, links);
		}

	}

}
