package se.trygghet.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A domain rule refused a change: a value that breaks a rule, or a step the current state does not allow. It is the
 * one exception type every module throws for that (guarded by {@code OneWayPerConcernTests}); a state change is a
 * domain verb that refuses an illegal transition with it.
 * <p>
 * It carries one or more problems, each a message key with its arguments and, when the problem is about one value,
 * the form field that value came from, so a form can show every problem at once beside its field. Pages show it on
 * the form through {@link Forms#reject(org.springframework.validation.BindingResult, Refusal)}, or, where a
 * controller does not catch it, as a message on the page the request came from ({@link RefusalAnswers}); the API
 * answers it as {@code application/problem+json} (also {@link RefusalAnswers}): 422 when it names fields, 409 when the state of
 * what was asked for does not allow the step.
 */
public final class Refusal extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<Problem> problems;

	private Refusal(List<Problem> problems) {
		super(describe(problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A refusal names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** A refused step that concerns no one field, e.g. editing an archived plan. */
	public static Refusal of(String code, Object... args) {
		return new Refusal(List.of(new Problem(null, code, List.of(args))));
	}

	/** A value refused, shown beside its form field, e.g. an activity number the plan already has. */
	public static Refusal on(String field, String code, Object... args) {
		return new Refusal(List.of(new Problem(field, code, List.of(args))));
	}

	/** Several values refused at once: form field → message key, in the order the form shows them. */
	public static Refusal onFields(Map<String, String> fieldCodes) {
		List<Problem> problems = new ArrayList<>();
		fieldCodes.forEach((field, code) -> problems.add(new Problem(field, code, List.of())));
		return new Refusal(problems);
	}

	/** Every problem a check found, each with its field and arguments, in the order the form shows them. */
	public static Refusal all(List<Problem> problems) {
		return new Refusal(problems);
	}

	/** Every problem, in the order they were found. */
	public List<Problem> problems() {
		return problems;
	}

	/** The first problem's message key, for a page that shows one message. */
	public String code() {
		return problems.get(0).code();
	}

	/** The first problem's field, or null when it concerns none. */
	public @Nullable String field() {
		return problems.get(0).field();
	}

	/** The first problem's message arguments. */
	public Object[] args() {
		return problems.get(0).getArguments();
	}

	/** Field → message key of the problems that name a field, in order. */
	public Map<String, String> fieldCodes() {
		Map<String, String> codes = new LinkedHashMap<>();
		problems.stream().filter(p -> p.field() != null).forEach(p -> codes.putIfAbsent(p.field(), p.code()));
		return codes;
	}

	/** Whether any problem names a field: a value was refused rather than the step as such. */
	public boolean concernsFields() {
		return problems.stream().anyMatch(p -> p.field() != null);
	}

	private static String describe(List<Problem> problems) {
		return problems.stream()
			.map(p -> p.field() == null ? p.code() : p.field() + ": " + p.code())
			.reduce((a, b) -> a + ", " + b)
			.orElse("refused");
	}

	/** One reason: a message key with its arguments, and the field it concerns (null for none). */
	public record Problem(@Nullable String field, String code, List<Object> args) implements MessageSourceResolvable {

		public Problem {
			Objects.requireNonNull(code, "code");
			args = List.copyOf(args);
		}

		@Override
		public String[] getCodes() {
			return new String[] { code };
		}

		@Override
		public Object[] getArguments() {
			return args.toArray();
		}

	}

}
