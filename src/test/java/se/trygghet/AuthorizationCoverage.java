package se.trygghet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Ties {@link AuthorizationTests}' rule table to the application's handler mappings: every mapped pattern and method
 * must have a rule, so a new endpoint without one fails the authorisation test instead of going untested. Each rule
 * belongs to the most specific mapped pattern its URL matches, or to none (static files, a page that does not exist).
 */
final class AuthorizationCoverage {

	/** Any method: a mapping that names none answers them all, and any rule for its pattern covers it. */
	static final String ANY = "ANY";

	/** One pattern of a mapping with one of its methods, as Spring MVC registered it. */
	record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			return Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method).compare(this, other);
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	private AuthorizationCoverage() {
	}

	/** The distinct pattern × method pairs of the given mappings, in order. */
	static Set<Endpoint> endpoints(Collection<RequestMappingInfo> mappings) {
		Set<Endpoint> endpoints = new TreeSet<>();
		for (RequestMappingInfo mapping : mappings) {
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (String pattern : mapping.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(ANY, pattern));
				}
				for (RequestMethod method : methods) {
					endpoints.add(new Endpoint(method.name(), pattern));
				}
			}
		}
		return endpoints;
	}

	/**
	 * Each endpoint with the rules that belong to it (possibly none: then it has no rule), followed by the rules that
	 * belong to no endpoint under {@code Optional.empty()}.
	 */
	static Map<Optional<Endpoint>, List<AuthorizationTests.Rule>> assign(Set<Endpoint> endpoints,
			List<AuthorizationTests.Rule> rules) {
		Map<Optional<Endpoint>, List<AuthorizationTests.Rule>> assigned = new LinkedHashMap<>();
		endpoints.forEach(endpoint -> assigned.put(Optional.of(endpoint), new ArrayList<>()));
		assigned.put(Optional.empty(), new ArrayList<>());
		for (AuthorizationTests.Rule rule : rules) {
			assigned.get(bestMatch(endpoints, rule)).add(rule);
		}
		return assigned;
	}

	/** The endpoints no rule belongs to: the check that fails when a controller gains a URL without a rule. */
	static List<Endpoint> withoutRule(Set<Endpoint> endpoints, List<AuthorizationTests.Rule> rules) {
		return assign(endpoints, rules).entrySet()
			.stream()
			.filter(entry -> entry.getKey().isPresent() && entry.getValue().isEmpty())
			.map(entry -> entry.getKey().orElseThrow())
			.toList();
	}

	private static Optional<Endpoint> bestMatch(Set<Endpoint> endpoints, AuthorizationTests.Rule rule) {
		String path = rule.path().contains("?") ? rule.path().substring(0, rule.path().indexOf('?')) : rule.path();
		PathContainer container = PathContainer.parsePath(path);
		return endpoints.stream()
			.filter(endpoint -> endpoint.method().equals(ANY) || endpoint.method().equals(rule.method()))
			.filter(endpoint -> pattern(endpoint).matches(container))
			.min(Comparator.comparing(AuthorizationCoverage::pattern, PathPattern.SPECIFICITY_COMPARATOR)
				.thenComparing(endpoint -> endpoint.method().equals(ANY)));
	}

	private static PathPattern pattern(Endpoint endpoint) {
		return PathPatternParser.defaultInstance.parse(endpoint.pattern());
	}

}
