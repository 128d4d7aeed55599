package se.trygghet.collaboration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.system.Forms;
import se.trygghet.system.Refusal;

/** What the collaboration controllers share: reading typed values from form text and showing refusals on fields. */
final class FormSupport {

	private FormSupport() {
	}

	/** Shows a refusal on its field, or above the form when it names none (or a field this form does not have). */
	static void reject(BindingResult errors, Refusal refusal) {
		Forms.reject(errors, refusal);
	}

	static @Nullable LocalDate date(@Nullable String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, "collab.date.required");
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "collab.date.invalid");
			return null;
		}
	}

	static @Nullable Integer number(@Nullable String text, String field, BindingResult errors, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.rejectValue(field, "collab.number.invalid");
			}
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "collab.number.invalid");
			return null;
		}
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String text, String field,
			BindingResult errors) {
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(text)) {
				return candidate;
			}
		}
		errors.rejectValue(field, "collab.choice.required");
		return null;
	}

	static boolean mayEdit(CurrentUsers users) {
		return users.current().map(u -> u.hasAny(Role.COORDINATOR, Role.ADMIN)).orElse(false);
	}

	static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

}
