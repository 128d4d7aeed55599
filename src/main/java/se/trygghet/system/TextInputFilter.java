package se.trygghet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter as {@link TextInput} cleans it, before Spring Security, data binding or any controller
 * reads it: form fields, query strings and the text fields of a multipart form (uploaded files are bytes and are
 * left alone). A parameter without control characters is handed on as it came.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class TextInputFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private @Nullable Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> cleaned = parameters;
			if (cleaned == null) {
				// read once the first time anyone asks: by then the character encoding is set
				Map<String, String[]> map = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> map.put(name, clean(values)));
				cleaned = Collections.unmodifiableMap(map);
				parameters = cleaned;
			}
			return cleaned;
		}

		private static String[] clean(String[] values) {
			String[] cleaned = values;
			for (int i = 0; i < values.length; i++) {
				String value = TextInput.clean(values[i]);
				if (value != values[i]) {
					if (cleaned == values) {
						cleaned = values.clone();
					}
					cleaned[i] = value;
				}
			}
			return cleaned;
		}

	}

}
