package se.trygghet.cost;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@link CostFormat} for templates, as {@code @costTexts}: every page words an estimate as the documents do. */
@Component("costTexts")
public class CostTexts {

	public String amount(Amount amount, Locale locale) {
		return CostFormat.amount(amount, locale);
	}

	public String range(CostRange range, Locale locale) {
		return CostFormat.range(range, locale);
	}

	public String kronor(java.math.BigDecimal amount, Locale locale) {
		return CostFormat.kronor(amount, locale);
	}

	public String missing(List<Amount.Missing> missing, Locale locale) {
		return CostFormat.missing(missing, locale);
	}

}
