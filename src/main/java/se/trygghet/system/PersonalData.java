package se.trygghet.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps people out of free text about places: incident descriptions, the lägesbild's assessments and residents'
 * reports. An offence tied to a person is sensitive data (GDPR article 10), and a resident's text may be published, so
 * text holding a Swedish personal identity number or a phone number is refused on every entry path, with a message
 * (each module's own, by {@link Kind#key()}) saying which.
 *
 * <p>A personal identity number is ten or twelve digits, with or without century and with or without a separator
 * ({@code -}, {@code +} or a space), whose date part is a real date; co-ordination numbers (day + 60) count too. The
 * check digit is deliberately not required: a mistyped number still points at a person. A phone number starts with
 * 0, +46 or 0046 and has 7–11 more digits, spaces and hyphens allowed between them.
 */
public final class PersonalData {

	public enum Kind {

		PERSONAL_IDENTITY_NUMBER("personnummer"), PHONE_NUMBER("phone");

		private final String key;

		Kind(String key) {
			this.key = key;
		}

		/** The last part of a message code, e.g. {@code personnummer} in {@code situation.personalData.personnummer}. */
		public String key() {
			return key;
		}

	}

	private static final Pattern IDENTITY_NUMBER = Pattern
		.compile("(?<![\\d])(?:(?:19|20)?(\\d{2}))(\\d{2})(\\d{2})[-+ ]?\\d{4}(?![\\d])");

	private static final Pattern PHONE_NUMBER = Pattern.compile("(?<![\\d+])(?:\\+46|0046|0)[ -]?(?:\\d[ -]?){6,10}\\d(?!\\d)");

	private PersonalData() {
	}

	public static Optional<Kind> findIn(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Matcher identity = IDENTITY_NUMBER.matcher(text);
		while (identity.find()) {
			// ten digits in a row starting with 0 read as a phone number (070…), which is refused all the same
			boolean phoneLike = identity.group().length() == 10 && identity.group().startsWith("0");
			if (!phoneLike && isDate(Integer.parseInt(identity.group(2)), Integer.parseInt(identity.group(3)))) {
				return Optional.of(Kind.PERSONAL_IDENTITY_NUMBER);
			}
		}
		if (PHONE_NUMBER.matcher(text).find()) {
			return Optional.of(Kind.PHONE_NUMBER);
		}
		return Optional.empty();
	}

	private static boolean isDate(int month, int day) {
		int realDay = day > 60 ? day - 60 : day;
		return month >= 1 && month <= 12 && realDay >= 1 && realDay <= 31;
	}

}
