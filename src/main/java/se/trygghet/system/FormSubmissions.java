package se.trygghet.system;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The keys of create forms ({@link IdempotentForm}): a new one for every form shown (templates call
 * {@code ${@formSubmissions.newKey()}} through {@code fragments/forms :: idempotencyKey}), and in table
 * {@code form_submission} each key a form was sent with, unique per form, with the page its answer redirected to.
 * Keys are kept for {@code app.forms.idempotency-keep} (a day by default): long enough for any retry, after which a
 * form page that old is sent as new.
 */
@Component
public class FormSubmissions {

	/** The hidden field's name. */
	public static final String PARAMETER = "idempotencyKey";

	/** A flash attribute the layout shows when a form was answered from its earlier sending. */
	static final String ALREADY_SENT = "formAlreadySent";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration keep;

	FormSubmissions(JdbcClient jdbc, Clock clock, @Value("${app.forms.idempotency-keep:P1D}") Duration keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = keep;
	}

	/** A key for one form as it is shown. */
	public String newKey() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Claims the key for this form in the current transaction, or gives where its earlier sending led. A claim made by
	 * a transaction still running is waited for (the unique index does that), so a second sending never overtakes the
	 * first.
	 */
	Optional<String> claim(String form, UUID key) {
		while (true) {
			int claimed = jdbc.sql("""
					insert into form_submission (form, key, created_at) values (:form, :key, :at) on conflict do nothing
					""").param("form", form).param("key", key).param("at", Timestamp.from(clock.instant())).update();
			if (claimed == 1) {
				return Optional.empty();
			}
			Optional<String> earlier = jdbc.sql("select target from form_submission where form = :form and key = :key")
				.param("form", form)
				.param("key", key)
				.query(String.class)
				.optional();
			if (earlier.isPresent()) {
				return earlier;
			}
			// forgotten by the clean-up between the two statements: claim it anew
		}
	}

	void complete(String form, UUID key, String target) {
		jdbc.sql("update form_submission set target = :target where form = :form and key = :key")
			.param("target", target)
			.param("form", form)
			.param("key", key)
			.update();
	}

	void release(String form, UUID key) {
		jdbc.sql("delete from form_submission where form = :form and key = :key")
			.param("form", form)
			.param("key", key)
			.update();
	}

	int forgetOld() {
		return jdbc.sql("delete from form_submission where created_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(keep)))
			.update();
	}

	static @Nullable UUID keyOf(HttpServletRequest request) {
		String value = request.getParameter(PARAMETER);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Setup {

		/**
		 * Applied to every bean method annotated {@link IdempotentForm}. An infrastructure advisor, like the one for
		 * {@code @Transactional}; what it needs is looked up when first used, so no bean is made early for it.
		 */
		@Bean
		@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
		static Advisor idempotentFormAdvisor(ObjectProvider<FormSubmissions> submissions,
				ObjectProvider<PlatformTransactionManager> transactions) {
			return new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(IdempotentForm.class),
					new Once(submissions, transactions));
		}

		@Bean
		RecurringTask<Void> formSubmissionCleanupTask(FormSubmissions submissions) {
			return Tasks.recurring("system-form-submissions", Schedules.fixedDelay(Duration.ofHours(1)))
				.execute((instance, context) -> submissions.forgetOld());
		}

	}

	/** Runs an annotated method once per key: see {@link IdempotentForm}. */
	static final class Once implements MethodInterceptor {

		private final ObjectProvider<FormSubmissions> submissions;

		private final ObjectProvider<PlatformTransactionManager> transactions;

		Once(ObjectProvider<FormSubmissions> submissions, ObjectProvider<PlatformTransactionManager> transactions) {
			this.submissions = submissions;
			this.transactions = transactions;
		}

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
				return invocation.proceed();
			}
			HttpServletRequest request = attributes.getRequest();
			UUID key = keyOf(request);
			if (key == null) {
				return invocation.proceed();
			}
			FormSubmissions store = submissions.getObject();
			String form = formOf(invocation.getMethod());
			try {
				return new TransactionTemplate(transactions.getObject()).execute(status -> {
					Optional<String> earlier = store.claim(form, key);
					if (earlier.isPresent()) {
						RequestContextUtils.getOutputFlashMap(request).put(ALREADY_SENT, true);
						return "redirect:" + earlier.get();
					}
					Object answer = proceed(invocation);
					if (status.isRollbackOnly()) {
						// a service it called failed and was caught: nothing of it is kept, the key included
						status.setRollbackOnly();
					}
					else if (answer instanceof String view && view.startsWith("redirect:")) {
						store.complete(form, key, view.substring("redirect:".length()));
					}
					else {
						release(store, form, key, status);
					}
					return answer;
				});
			}
			catch (Failure failure) {
				throw failure.getCause();
			}
		}

		/** The form shown again: what the method did stays as it would have without a key, the key is let go. */
		private static void release(FormSubmissions store, String form, UUID key,
				org.springframework.transaction.TransactionStatus status) {
			try {
				store.release(form, key);
			}
			catch (DataAccessException ex) {
				// the transaction broke on a statement the method caught: PostgreSQL keeps nothing of it anyway
				status.setRollbackOnly();
			}
		}

		private static @Nullable Object proceed(MethodInvocation invocation) {
			try {
				return invocation.proceed();
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new Failure(ex);
			}
		}

		static String formOf(Method method) {
			return method.getDeclaringClass().getSimpleName() + "." + method.getName();
		}

		/** A checked exception of the method, carried through the transaction template and thrown as it was. */
		private static final class Failure extends RuntimeException {

			Failure(Throwable cause) {
				super(cause);
			}

		}

	}

}
