package se.trygghet.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;

/**
 * Tomcat answers before the start-up data exists; until Spring Boot marks the application ready (after every
 * bootstrap, the demo users included) every page answers 503, so a sign-in never meets a half-started platform.
 */
@PlatformIntegrationTest
class StartupGateTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void answersEveryPageTheSignInPageIncludedWith503UntilTheApplicationIsReady() throws Exception {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			mvc.perform(get("/login"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Trygghetsplattformen startar")));
			mvc.perform(formLogin().user("samordnare").password("demo")).andExpect(status().isServiceUnavailable());
			mvc.perform(get("/api/v1/plans"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			// the readiness probe is let through and says the same
			mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("OUT_OF_SERVICE")));
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(formLogin().user("samordnare").password("demo")).andExpect(authenticated().withUsername("samordnare"));
	}

}
