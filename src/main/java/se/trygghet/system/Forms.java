package se.trygghet.system;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Helpers for controllers that bind form records. */
public final class Forms {

	private Forms() {
	}

	/**
	 * When a posted value cannot even be converted (a tampered hidden field, an id that is not an id), Spring's
	 * binding result is left without a form record, and the page could not be shown again. This puts a fresh form
	 * back, with a message that says what happened, so the user sees the form instead of an error page and nothing is
	 * saved. Returns the form to work with.
	 */
	public static <T> T recover(@Nullable T form, BindingResult errors, Model model, Supplier<T> fresh) {
		if (!unconvertible(errors)) {
			return form;
		}
		T replacement = fresh.get();
		BindingResult result = new BeanPropertyBindingResult(replacement, errors.getObjectName());
		result.reject("form.invalidValue");
		model.addAttribute(errors.getObjectName(), replacement);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), result);
		return replacement;
	}

	/** Whether binding failed before a form record could be made. */
	public static boolean unconvertible(BindingResult errors) {
		return errors.getTarget() == null;
	}

}
