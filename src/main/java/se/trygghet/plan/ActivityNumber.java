package se.trygghet.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity's number as the plan prints it, e.g. "2.3": the focus area, a dot, the activity's place in it. Numbers
 * may have gaps (Västerås' plan has no 4.4), so they are never renumbered or invented.
 */
public record ActivityNumber(int focusArea, int position) implements Comparable<ActivityNumber> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})");

	public ActivityNumber {
		if (focusArea < 1 || position < 1) {
			throw new IllegalArgumentException("Activity numbers start at 1.1");
		}
	}

	public static ActivityNumber parse(String text) {
		Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not an activity number: " + text);
		}
		return new ActivityNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public int compareTo(ActivityNumber other) {
		return focusArea != other.focusArea ? Integer.compare(focusArea, other.focusArea)
				: Integer.compare(position, other.position);
	}

	@Override
	public String toString() {
		return focusArea + "." + position;
	}

}
