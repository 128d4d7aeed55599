package se.trygghet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import se.trygghet.AuthorizationCoverage.Endpoint;
import se.trygghet.identity.Role;

/**
 * The authorisation test's own rule, without the application: a mapped URL with no rule in the table is found, so
 * {@link AuthorizationTests} fails for it.
 */
class AuthorizationCoverageTests {

	private static Set<Endpoint> mapped(RequestMappingInfo... mappings) {
		return AuthorizationCoverage.endpoints(List.of(mappings));
	}

	private static RequestMappingInfo mapping(RequestMethod method, String... patterns) {
		return RequestMappingInfo.paths(patterns).methods(method).build();
	}

	@Test
	void findsAMappedUrlThatTheRuleTableDoesNotCover() {
		Set<Endpoint> endpoints = mapped(mapping(RequestMethod.GET, "/rounds/{id}"),
				mapping(RequestMethod.POST, "/rounds/{id}/shred"));
		assertThat(AuthorizationCoverage.withoutRule(endpoints, AuthorizationTests.rules()))
			.containsExactly(new Endpoint("POST", "/rounds/{id}/shred"));
	}

	@Test
	void aRuleForAnotherMethodDoesNotCoverTheMapping() {
		List<AuthorizationTests.Rule> rules = List
			.of(new AuthorizationTests.Rule("GET", "/forums/{forum}", false, EnumSet.of(Role.ADMIN)));
		Set<Endpoint> endpoints = mapped(mapping(RequestMethod.GET, "/forums/{id}"),
				mapping(RequestMethod.POST, "/forums/{id}"));
		assertThat(AuthorizationCoverage.withoutRule(endpoints, rules)).containsExactly(new Endpoint("POST", "/forums/{id}"));
	}

	@Test
	void aMappingWithoutAMethodIsCoveredByARuleForAnyMethod() {
		Set<Endpoint> endpoints = AuthorizationCoverage.endpoints(List.of(RequestMappingInfo.paths("/error").build()));
		assertThat(endpoints).containsExactly(new Endpoint(AuthorizationCoverage.ANY, "/error"));
		assertThat(AuthorizationCoverage.withoutRule(endpoints, List.of())).hasSize(1);
		assertThat(AuthorizationCoverage.withoutRule(endpoints,
				List.of(new AuthorizationTests.Rule("POST", "/error", true, EnumSet.allOf(Role.class))))).isEmpty();
	}

	@Test
	void givesEachRuleToTheMostSpecificPatternItsUrlMatchesIgnoringTheQuery() {
		Set<Endpoint> endpoints = mapped(mapping(RequestMethod.GET, "/oppen/{page}/{id}"),
				mapping(RequestMethod.GET, "/oppen/aktiviteter/{number}"), mapping(RequestMethod.GET, "/indicators"));
		var assigned = AuthorizationCoverage.assign(endpoints, AuthorizationTests.rules());
		assertThat(assigned.get(Optional.of(new Endpoint("GET", "/oppen/aktiviteter/{number}"))))
			.extracting(AuthorizationTests.Rule::path)
			.containsExactly("/oppen/aktiviteter/1.1");
		assertThat(assigned.get(Optional.of(new Endpoint("GET", "/indicators")))).extracting(AuthorizationTests.Rule::path)
			.containsExactly("/indicators", "/indicators?focusArea=2");
		// a path no controller maps keeps its rule, tested on its own
		assertThat(assigned.get(Optional.empty())).extracting(AuthorizationTests.Rule::path).contains("/no-such-page");
	}

}
