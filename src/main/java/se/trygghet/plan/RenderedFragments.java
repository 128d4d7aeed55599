package se.trygghet.plan;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Keeps rendered HTML of the plan's largest fragments. Rendering the whole plan (37 activities with their
 * committees, goals and indicators) costs about ten milliseconds of CPU; the result only changes when the plan's
 * revision does, so the key always includes the revision and a change anywhere in the plan is never served stale.
 * Only user-independent markup is cached: nothing with a CSRF token, a name or a session in it.
 */
@Component
class RenderedFragments {

	private static final int MAX_ENTRIES = 1000;

	private final SpringTemplateEngine engine;

	private final JakartaServletWebApplication application;

	private final Map<Object, String> cache = new ConcurrentHashMap<>();

	RenderedFragments(SpringTemplateEngine engine, ServletContext servletContext) {
		this.engine = engine;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/**
	 * @param key everything the fragment's output depends on besides the template: the plan's id and revision,
	 * filters, the user's editing right and the locale
	 */
	String render(Object key, String template, String fragment, Map<String, Object> variables, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		String html = cache.get(key);
		if (html != null) {
			return html;
		}
		WebContext context = new WebContext(application.buildExchange(request, response), locale, variables);
		html = engine.process(template, Set.of(fragment), context);
		if (cache.size() >= MAX_ENTRIES) {
			cache.clear();
		}
		cache.put(key, html);
		return html;
	}

}
