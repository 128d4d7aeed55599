package se.trygghet.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that creates something from a form, so that the same form sent twice creates it once.
 * The form carries a key made when it was shown ({@code fragments/forms :: idempotencyKey}, a hidden field named
 * {@value FormSubmissions#PARAMETER}); the method then runs in one transaction with a row that claims the key, and
 * when it answers with a redirect, the row keeps where to. A second request with the key (the browser sent it again
 * because the first answer was lost, a double click, a reload of a 503) is answered with the same redirect, and the
 * method does not run again. The claim is a unique row, so two requests at once wait for each other rather than both
 * creating.
 *
 * <p>The method must return a view name ({@code String}); an answer other than {@code redirect:…} (the form shown
 * again with its errors) keeps nothing of the key, so the form can be corrected and sent with it. Without a key in the
 * request (an old page, a test, an API client) the method runs as it would without this annotation.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IdempotentForm {

}
