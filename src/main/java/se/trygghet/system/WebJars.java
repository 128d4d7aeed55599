package se.trygghet.system;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.webjars.WebJarVersionLocator;

/**
 * Links to the browser libraries packaged as WebJars (htmx, Leaflet), with the version in the path, so that the year
 * they are cached for ends when a new version ships. Templates write {@code @{${#webjars.url('htmx.org/dist/htmx.min.js')}}}
 * ({@link Dialect}: link expressions may not name beans).
 * <p>
 * Spring's resource chain would put the version in by filtering every response and rewriting every link a page
 * renders (its {@code ResourceUrlEncodingFilter}: 6 % of the samples of a profile of {@code /help}); these few links are
 * resolved once each instead, and the chain's filter is off ({@code spring.web.resources.chain.enabled=false}).
 */
public class WebJars {

	private final WebJarVersionLocator locator = new WebJarVersionLocator();
	private final Map<String, String> urls = new ConcurrentHashMap<>();

	/** {@code /webjars/<name>/<version>/<path>} for a path given as {@code <name>/<path>}; an unknown file fails. */
	public String url(String path) {
		return urls.computeIfAbsent(path, this::resolve);
	}

	private String resolve(String path) {
		int slash = path.indexOf('/');
		if (slash <= 0) {
			throw new IllegalArgumentException("A WebJar path starts with the WebJar's name: " + path);
		}
		String located = locator.path(path.substring(0, slash), path.substring(slash + 1));
		if (located == null || WebJars.class.getClassLoader().getResource("META-INF/resources/webjars/" + located) == null) {
			throw new IllegalArgumentException("No WebJar holds " + path);
		}
		return "/webjars/" + located;
	}

	/** Makes {@code #webjars} known to every template, whatever its model. */
	@Component
	static class Dialect extends AbstractDialect implements IExpressionObjectDialect {

		private final WebJars webJars = new WebJars();

		Dialect() {
			super("webjars");
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			return new IExpressionObjectFactory() {

				@Override
				public Set<String> getAllExpressionObjectNames() {
					return Set.of("webjars");
				}

				@Override
				public Object buildObject(IExpressionContext context, String name) {
					return webJars;
				}

				@Override
				public boolean isCacheable(String name) {
					return true;
				}

			};
		}

	}

}
