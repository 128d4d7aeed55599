package se.trygghet.system;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one form idiom's helpers. A controller binds a typed form record (Bean Validation where it fits), its field
 * errors in the {@link BindingResult}; a domain {@link Refusal} goes onto the same result with {@link #reject}, and
 * the form shows every error in its summary at the top ({@code fragments/forms :: errorSummary}) and beside each field.
 */
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

	/**
	 * Shows a refusal on the form: each problem beside its field, or in the summary above the form when it names no
	 * field or a field this form does not have.
	 */
	public static void reject(BindingResult errors, Refusal refusal) {
		for (Refusal.Problem problem : refusal.problems()) {
			if (problem.field() == null) {
				errors.reject(problem.code(), problem.getArguments(), null);
				continue;
			}
			try {
				errors.rejectValue(problem.field(), problem.code(), problem.getArguments(), null);
			}
			catch (NotReadablePropertyException ex) {
				errors.reject(problem.code(), problem.getArguments(), null);
			}
		}
	}

	/** Runs a domain step, showing its refusal on the form; false when it was refused. */
	public static boolean attempt(BindingResult errors, Runnable step) {
		try {
			step.run();
			return true;
		}
		catch (Refusal refusal) {
			reject(errors, refusal);
			return false;
		}
	}

	/** Whether binding failed before a form record could be made. */
	public static boolean unconvertible(BindingResult errors) {
		return errors.getTarget() == null;
	}

}
