package se.trygghet.indicator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.indicator.IndicatorImports.Kind;
import se.trygghet.indicator.IndicatorImports.State;
import se.trygghet.indicator.IndicatorImports.Trigger;

/** The import log and the Kolada button. */
@PlatformIntegrationTest
class ImportRunControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportRuns runs;

	@Test
	void refusesToStartAKoladaImportWhileOneIsRunningAndShowsTheRunningOneInTheLog() throws Exception {
		UUID running = runs.start(Kind.KOLADA, Trigger.NIGHTLY, CurrentUsers.SYSTEM, null, List.of("N07403"), "1980",
				2016, 2026, "Kolada");
		try {
			mvc.perform(post("/indicators/imports/kolada").with(csrf()).with(TestUsers.as(Role.COORDINATOR)))
				.andExpect(redirectedUrl("/indicators/imports"))
				.andExpect(flash().attribute("koladaRunning", true));
			mvc.perform(get("/indicators/imports").with(TestUsers.as(Role.ANALYST)))
				.andExpect(content().string(Matchers.containsString("Källa: Kolada")))
				.andExpect(content().string(Matchers.containsString("Pågår")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("start-kolada"))));
		}
		finally {
			runs.finish(running, new ImportRuns.Result(State.FAILED, 0, 0, 0, 0, 0, List.of(), 0, "test", List.of(),
					null, null, null));
		}
	}

}
