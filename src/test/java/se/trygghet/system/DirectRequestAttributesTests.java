package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Attribute calls skip the wrappers that only pass them on, and stop at one that handles them itself. */
class DirectRequestAttributesTests {

	static class PassingOn extends HttpServletRequestWrapper {

		PassingOn(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return "cleaned";
		}

	}

	static class Forwarded extends HttpServletRequestWrapper {

		Forwarded(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return "jakarta.servlet.forward.request_uri".equals(name) ? "/original" : super.getAttribute(name);
		}

	}

	static class PassingOnAfterForwarded extends Forwarded {

		PassingOnAfterForwarded(HttpServletRequest request) {
			super(request);
		}

	}

	@Test
	void readsAndWritesTheInnermostRequestThroughWrappersThatOnlyPassOn() throws Exception {
		MockHttpServletRequest base = new MockHttpServletRequest();
		HttpServletRequest wrapped = new PassingOn(new PassingOn(base));
		assertThat(DirectRequestAttributes.attributeHolder(wrapped)).isSameAs(base);

		ServletRequest seen = through(wrapped);
		seen.setAttribute("me", "samordnare");
		assertThat(base.getAttribute("me")).isEqualTo("samordnare");
		base.setAttribute("mayAudit", true);
		assertThat(seen.getAttribute("mayAudit")).isEqualTo(true);
		assertThat(Collections.list(seen.getAttributeNames())).contains("me", "mayAudit");
		seen.removeAttribute("me");
		assertThat(base.getAttribute("me")).isNull();
		assertThat(seen.getParameter("q")).as("everything else still goes through the wrappers").isEqualTo("cleaned");
	}

	@Test
	void stopsAtAWrapperThatHandlesAttributesItself() throws Exception {
		MockHttpServletRequest base = new MockHttpServletRequest();
		Forwarded forwarded = new Forwarded(base);
		HttpServletRequest wrapped = new PassingOn(forwarded);
		assertThat(DirectRequestAttributes.attributeHolder(wrapped)).isSameAs(forwarded);
		assertThat(through(wrapped).getAttribute("jakarta.servlet.forward.request_uri")).isEqualTo("/original");
		assertThat(DirectRequestAttributes.attributeHolder(new PassingOnAfterForwarded(base)))
			.as("a subclass inherits its parent's handling").isInstanceOf(PassingOnAfterForwarded.class);
	}

	@Test
	void leavesAnUnwrappedRequestAsItIs() throws Exception {
		MockHttpServletRequest base = new MockHttpServletRequest();
		assertThat(through(base)).isSameAs(base);
	}

	private static ServletRequest through(HttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		new DirectRequestAttributes().doFilter(request, new MockHttpServletResponse(), chain);
		return chain.getRequest();
	}

}
