package se.trygghet.system;

import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The one form idiom's helpers. A controller binds a typed form record (Bean Validation where it fits) and starts with
 * {@link #errors}; a domain {@link Refusal} goes onto the same result with {@link #attempt} or {@link #reject}, and
 * the form shows every error in its summary at the top ({@code fragments/forms :: globalErrors}, which {@code app.js}
 * focuses) and beside each field ({@code fragments/forms :: text}, {@code number}, {@code date}).
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * The binding result to work with. Spring MVC makes a form record even when a value cannot be converted (a word in
	 * a number field, a tampered id), with that field empty, but leaves the record out of its binding result, so the
	 * page could not show the form again. This puts the posted record back with every error, so the form shows what
	 * was typed, the value that could not be read included, each error beside its field.
	 */
	public static BindingResult errors(@Nullable Object form, BindingResult bound, Model model) {
		if (bound.getTarget() != null || form == null) {
			return bound;
		}
		BindingResult result = new BeanPropertyBindingResult(form, bound.getObjectName());
		result.addAllErrors(bound);
		// Spring validates only a record it could make whole: check the other fields too, so that the form shows every
		// problem at once rather than one more after each sending
		BindingResult checked = new BeanPropertyBindingResult(form, bound.getObjectName());
		Validation.VALIDATOR.validate(form, checked);
		checked.getFieldErrors().stream().filter(e -> !result.hasFieldErrors(e.getField())).forEach(result::addError);
		model.addAttribute(bound.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), result);
		return result;
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

	/** One item per non-blank line of a text area, each stripped. */
	public static List<String> lines(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** The values checked in a group of checkboxes, without blanks or repeats. */
	public static <T> List<T> distinct(@Nullable List<T> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !(v instanceof String t && t.isBlank())).distinct().toList();
	}

	/** The same values as text, to compare with the options' values on the page. */
	public static List<String> chosen(@Nullable List<?> values) {
		return distinct(values).stream().map(Object::toString).toList();
	}

	/**
	 * The most characters a form record's text field takes, from its {@code @Size(max)}: the text fields of
	 * {@code fragments/forms} carry it as {@code maxlength}, so the browser stops at the limit the server enforces.
	 * Null when the field has none.
	 */
	public static @Nullable Integer maxLength(@Nullable Object form, String field) {
		if (form == null) {
			return null;
		}
		PropertyDescriptor property = Validation.BEANS.getConstraintsForClass(form.getClass())
			.getConstraintsForProperty(field);
		if (property == null) {
			return null;
		}
		return property.getConstraintDescriptors()
			.stream()
			.filter(c -> c.getAnnotation() instanceof Size)
			.map(c -> ((Size) c.getAnnotation()).max())
			.filter(max -> max < Integer.MAX_VALUE)
			.min(Integer::compare)
			.orElse(null);
	}

	/** Bean Validation for {@link #errors}, made when first needed. */
	private static final class Validation {

		static final jakarta.validation.Validator BEANS = jakarta.validation.Validation.buildDefaultValidatorFactory()
			.getValidator();

		static final org.springframework.validation.Validator VALIDATOR = new SpringValidatorAdapter(BEANS);

	}

	/** {@link #maxLength} for templates, as {@code @formLimits}. */
	public static final class Limits {

		public @Nullable Integer maxLength(@Nullable Object form, String field) {
			return Forms.maxLength(form, field);
		}

	}

	/** The converters form records need beyond Spring's own. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Config implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer {

		@Override
		public void addFormatters(org.springframework.format.FormatterRegistry registry) {
			registry.addFormatterForFieldAnnotation(new DecimalText.Factory());
		}

		@org.springframework.context.annotation.Bean
		Limits formLimits() {
			return new Limits();
		}

	}

}
