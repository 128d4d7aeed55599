package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import se.trygghet.PlatformIntegrationTest;

@PlatformIntegrationTest
class IndexedRequestMappingsTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	/** A path for the pattern with each variable filled by the value, e.g. /plans/{key} → /plans/2023. */
	private static String concrete(String pattern, String value) {
		return pattern.replaceAll("\\{\\*[^}]*}", "a/b")
			.replaceAll("\\{[^}]*}", value)
			.replace("**", "a/b")
			.replace("*", "a");
	}

	/** The handler a lookup found, or the kind of refusal it threw (404, 405, 415 and ambiguity alike). */
	private static String outcome(Lookup lookup, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerMethod found = lookup.find(path, request);
			return found == null ? "none" : found.toString();
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName();
		}
	}

	private interface Lookup {

		HandlerMethod find(String path, MockHttpServletRequest request) throws Exception;

	}

	@Test
	void findsTheSameHandlerAsSpringsFullLookupForEveryMappedPathAndMethod() {
		assertThat(mapping).isInstanceOf(IndexedRequestMappings.class);
		IndexedRequestMappings indexed = (IndexedRequestMappings) mapping;
		Set<String> paths = new LinkedHashSet<>(List.of("/", "/no-such-page", "/plans", "/plans/", "/api/v1/nothing"));
		mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
			for (String value : List.of("x1", "2023", "3f1c2b9e-1d2e-4f3a-9b8c-7d6e5f4a3b2c", "new")) {
				paths.add(concrete(pattern, value));
			}
		}));
		List<String> differences = new ArrayList<>();
		int compared = 0;
		for (String path : paths) {
			for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.DELETE)) {
				String byIndex = outcome(indexed::lookupHandlerMethod, method.name(), path);
				String byAll = outcome(indexed::lookupAmongAll, method.name(), path);
				compared++;
				if (!byIndex.equals(byAll)) {
					differences.add(method + " " + path + ": " + byIndex + " instead of " + byAll);
				}
			}
		}
		assertThat(compared).isGreaterThan(500);
		assertThat(differences).isEmpty();
	}

	@Test
	void takesTheFirstSegmentOfPathsAndPatterns() {
		assertThat(IndexedRequestMappings.firstSegment("/plans/{key}")).isEqualTo("plans");
		assertThat(IndexedRequestMappings.firstSegment("/plans")).isEqualTo("plans");
		assertThat(IndexedRequestMappings.firstSegment("/")).isEmpty();
		assertThat(IndexedRequestMappings.firstSegment("")).isEmpty();
		assertThat(IndexedRequestMappings.firstSegment("/{lang}/x")).isEqualTo("{lang}");
	}

}
