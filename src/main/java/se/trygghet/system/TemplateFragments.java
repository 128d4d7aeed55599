package se.trygghet.system;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a template or one of its fragments as Spring MVC's Thymeleaf view would (links, messages, the request's
 * locale), for HTML that is kept: a big, non-personal part of a page rendered once per content key (in the cache
 * {@value #CACHE}, see {@link Caches}) and put in the page as it is. The key must hold everything the fragment shows
 * (ids and versions of the data, the language…), so a change is never served stale; the fragment must show nothing
 * personal (no form, no name).
 */
@Component
public class TemplateFragments {

	static final String CACHE = "template-fragments";

	private static final Pattern INDENTATION = Pattern.compile("\n[ \t]+");

	private final SpringTemplateEngine engine;

	private final JakartaServletWebApplication application;

	private final ServletContext servletContext;

	private final ApplicationContext applicationContext;

	private final ConversionService conversionService;

	private final Caches.NamedCache fragments;

	TemplateFragments(SpringTemplateEngine engine, ServletContext servletContext, ApplicationContext applicationContext,
			ConversionService mvcConversionService, Caches caches) {
		this.fragments = caches.named(CACHE);
		this.engine = engine;
		this.servletContext = servletContext;
		this.applicationContext = applicationContext;
		this.conversionService = mvcConversionService;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/** The fragment for this key, rendered from the model the supplier builds only when the key is new. */
	public String cached(Object key, String template, String fragment, Supplier<Map<String, Object>> model,
			HttpServletRequest request, HttpServletResponse response) {
		return fragments.get(List.of(template, fragment, key),
				() -> withoutIndentation(render(template, fragment, model.get(), request, response)));
	}

	/** Template indentation is a large share of a big page; line breaks stay, so pre-line text keeps its paragraphs. */
	public static String withoutIndentation(String html) {
		return INDENTATION.matcher(html).replaceAll("\n");
	}

	/** Renders now, without caching; {@code fragment} null renders the whole template. */
	public String render(String template, @Nullable String fragment, Map<String, Object> model,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> variables = new HashMap<>(model);
		RequestContext requestContext = new RequestContext(request, response, servletContext, variables);
		variables.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
		variables.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		variables.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, conversionService));
		Locale locale = requestContext.getLocale();
		WebContext context = new WebContext(application.buildExchange(request, response), locale, variables);
		return fragment == null ? engine.process(template, context)
				: engine.process(template, Set.of(fragment), context);
	}

}
