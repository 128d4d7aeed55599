package se.trygghet.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * A decimal field of a form record as people type it: spaces (or no-break spaces) between thousands and a decimal
 * comma or point, so "12 000,50" and "12000.5" are the same amount. Shown again with a decimal comma in Swedish.
 * Bound by Spring through {@link Factory} (registered in {@link Forms.Config}); a value that is not a number is a
 * field error ({@code typeMismatch}) like any other.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface DecimalText {

	/** Reads and writes {@link BigDecimal} fields marked {@link DecimalText}. */
	final class Factory implements AnnotationFormatterFactory<DecimalText> {

		private static final Formatter<BigDecimal> FORMATTER = new Formatter<>() {

			@Override
			public BigDecimal parse(String text, Locale locale) throws ParseException {
				String plain = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',',
						'.');
				try {
					return new BigDecimal(plain);
				}
				catch (NumberFormatException ex) {
					throw new ParseException(text, 0);
				}
			}

			@Override
			public String print(BigDecimal value, Locale locale) {
				String plain = value.toPlainString();
				return "sv".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
			}

		};

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(BigDecimal.class);
		}

		@Override
		public Printer<?> getPrinter(DecimalText annotation, Class<?> fieldType) {
			return FORMATTER;
		}

		@Override
		public Parser<?> getParser(DecimalText annotation, Class<?> fieldType) {
			return FORMATTER;
		}

	}

}
