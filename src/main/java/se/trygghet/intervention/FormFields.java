package se.trygghet.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Reads the typed text of a form into values, noting a field error for each that cannot be read, so a form shows
 * every problem at once and keeps what was typed (the form records hold text, which always binds).
 */
final class FormFields {

	private final BindingResult errors;

	FormFields(BindingResult errors) {
		this.errors = errors;
	}

	boolean ok() {
		return !errors.hasErrors();
	}

	@Nullable LocalDate date(String field, @Nullable String text, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.rejectValue(field, "intervention.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "intervention.date.invalid");
			return null;
		}
	}

	@Nullable UUID id(String field, @Nullable String text, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.rejectValue(field, "intervention.required");
			}
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "form.invalidValue");
			return null;
		}
	}

	List<UUID> ids(String field, @Nullable List<String> texts) {
		if (texts == null) {
			return List.of();
		}
		return texts.stream().filter(t -> t != null && !t.isBlank()).map(t -> id(field, t, true)).filter(
				java.util.Objects::nonNull).distinct().toList();
	}

	<E extends Enum<E>> @Nullable E choice(String field, Class<E> type, @Nullable String text) {
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(text)) {
				return candidate;
			}
		}
		errors.rejectValue(field, "intervention.choose");
		return null;
	}

	@Nullable Integer whole(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "intervention.number.invalid");
			return null;
		}
	}

	@Nullable BigDecimal amount(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "intervention.number.invalid");
			return null;
		}
	}

	/** One item per non-blank line. */
	static List<String> lines(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static List<String> texts(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
	}

	/** Runs a domain step, turning its refusal into an error on the form; false when it was refused. */
	boolean attempt(Runnable step) {
		return se.trygghet.system.Forms.attempt(errors, step);
	}

}
