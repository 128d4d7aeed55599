package se.trygghet.system;

import java.io.IOException;
import java.util.Enumeration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the page templates reach request attributes in one step. Thymeleaf keeps every model value and every loop
 * variable of a page in request attributes, and by the time a request reaches Spring MVC it is wrapped five times
 * (session, security, firewall, text input), each wrapper passing every read and write on to the next: in a profile of
 * the coordinator's start page under load, 7–9 % of the node's samples were that passing on.
 * <p>
 * The last filter before the dispatcher wraps the request once more, sending attribute calls straight to the
 * innermost request that any of them would have reached. Wrappers that handle attributes themselves (Tomcat's
 * forwarding and error requests do) are where the passing stops, so every attribute means what it meant before.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DirectRequestAttributes extends OncePerRequestFilter {

	/** Whether a wrapper class, or one between it and {@link ServletRequestWrapper}, handles attributes itself. */
	private static final ClassValue<Boolean> HANDLES_ATTRIBUTES = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			for (Class<?> c = type; c != ServletRequestWrapper.class && c != HttpServletRequestWrapper.class
					&& c != null; c = c.getSuperclass()) {
				for (var method : c.getDeclaredMethods()) {
					if (method.getName().endsWith("Attribute") || method.getName().equals("getAttributeNames")) {
						return true;
					}
				}
			}
			return false;
		}

	};

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ServletRequest target = attributeHolder(request);
		chain.doFilter(target == request ? request : new Direct(request, target), response);
	}

	/** The innermost request that attribute calls on {@code request} end at. */
	static ServletRequest attributeHolder(ServletRequest request) {
		ServletRequest holder = request;
		while (holder instanceof ServletRequestWrapper wrapper && !HANDLES_ATTRIBUTES.get(wrapper.getClass())) {
			holder = wrapper.getRequest();
		}
		return holder;
	}

	private static final class Direct extends HttpServletRequestWrapper {

		private final ServletRequest attributes;

		Direct(HttpServletRequest request, ServletRequest attributes) {
			super(request);
			this.attributes = attributes;
		}

		@Override
		public Object getAttribute(String name) {
			return attributes.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return attributes.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			attributes.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.removeAttribute(name);
		}

	}

}
