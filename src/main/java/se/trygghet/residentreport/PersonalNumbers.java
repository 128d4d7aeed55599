package se.trygghet.residentreport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps personal identity numbers and phone numbers out of what residents write: a report is about a place, and its
 * text may be published. The same rule as the lägesbild's PersonalData, kept here in small because that type is
 * internal to situation, which is not below this module. A ten- or twelve-digit number with a real date part is a
 * personal identity number (co-ordination numbers included); 0, +46 or 0046 followed by 7–11 digits is a phone number.
 */
final class PersonalNumbers {

	private static final Pattern IDENTITY = Pattern
		.compile("(?<!\\d)(?:19|20)?\\d{2}(\\d{2})(\\d{2})[-+ ]?\\d{4}(?!\\d)");

	private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+46|0046|0)[ -]?(?:\\d[ -]?){6,10}\\d(?!\\d)");

	private PersonalNumbers() {
	}

	/** The message code for what was found, if anything. */
	static Optional<String> findIn(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Matcher identity = IDENTITY.matcher(text);
		while (identity.find()) {
			int month = Integer.parseInt(identity.group(1));
			int day = Integer.parseInt(identity.group(2));
			int realDay = day > 60 ? day - 60 : day;
			boolean phoneLike = identity.group().length() == 10 && identity.group().startsWith("0");
			if (!phoneLike && month >= 1 && month <= 12 && realDay >= 1 && realDay <= 31) {
				return Optional.of("resident.description.personnummer");
			}
		}
		return PHONE.matcher(text).find() ? Optional.of("resident.description.phone") : Optional.empty();
	}

}
