package se.trygghet.cost;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Estimates in words, alike on the page, in the annual report (PDF and Word) and on the joint lägesbild: "12 000–15 000
 * kr", "saknas" for a missing estimate (never 0), and a sum that lacks unit costs marked as such.
 */
public final class CostFormat {

	private CostFormat() {
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	/** Whole kronor with a space between thousands, as Swedish writes them. */
	public static String kronor(BigDecimal amount, Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(english(locale) ? Locale.UK
				: Locale.forLanguageTag("sv-SE"));
		if (!english(locale)) {
			symbols.setGroupingSeparator('\u00a0');
		}
		DecimalFormat format = new DecimalFormat("#,##0", symbols);
		return format.format(amount.setScale(0, java.math.RoundingMode.HALF_UP));
	}

	/** A range as "12 000–15 000 kr" (one number when both ends are equal). */
	public static String range(CostRange range, Locale locale) {
		String low = kronor(range.low(), locale);
		String high = kronor(range.high(), locale);
		String unit = english(locale) ? " SEK" : " kr";
		return (low.equals(high) ? low : low + "–" + high) + unit;
	}

	/** An estimate in words: its range, "saknas" when missing, and a note when it is the sum of known parts only. */
	public static String amount(Amount amount, Locale locale) {
		if (amount.range() == null) {
			return english(locale) ? "missing" : "saknas";
		}
		String text = range(amount.range(), locale);
		if (!amount.missing().isEmpty()) {
			text += english(locale) ? " (known costs only)" : " (endast kända kostnader)";
		}
		return text;
	}

	/** The unit costs an estimate lacks, e.g. "Klotter – samhällets reaktion (KPI för 2015 saknas)". */
	public static String missing(java.util.List<Amount.Missing> missing, Locale locale) {
		return missing.stream().map(m -> missing(m, locale)).collect(Collectors.joining("; "));
	}

	public static String missing(Amount.Missing m, Locale locale) {
		String text = m.categoryName() + " – " + kind(m.kind(), locale);
		if (m.indexYear() != null) {
			text += english(locale) ? " (price index for " + m.indexYear() + " missing)"
					: " (prisindex för " + m.indexYear() + " saknas)";
		}
		return text;
	}

	/** A kind of cost's name, for documents and texts built outside templates. */
	public static String kind(CostKind kind, Locale locale) {
		return switch (kind) {
			case CONSEQUENCE -> english(locale) ? "consequences of the crime" : "brottets följder";
			case RESPONSE -> english(locale) ? "society's response" : "samhällets reaktion";
			case ANTICIPATION -> english(locale) ? "anticipation of crime" : "förväntad brottslighet";
		};
	}

}
