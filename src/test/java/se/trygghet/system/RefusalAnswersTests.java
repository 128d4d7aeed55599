package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A refusal no controller catches is answered in one place: problem+json on the API, a message on the page. */
class RefusalAnswersTests {

	record Step(String name) {
	}

	@RestController
	static class Api {

		@PostMapping("/api/v1/things")
		String add() {
			Map<String, String> problems = new LinkedHashMap<>();
			problems.put("name", "thing.name.taken");
			problems.put("size", "thing.size.tooLarge");
			throw Refusal.onFields(problems);
		}

		@PostMapping("/api/v1/things/close")
		String close() {
			throw Refusal.of("thing.closed");
		}

	}

	@Controller
	static class Pages {

		@PostMapping("/things/close")
		String close() {
			throw Refusal.of("thing.closed");
		}

		@GetMapping("/things/closed")
		String show() {
			throw Refusal.of("thing.closed");
		}

	}

	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Api(), new Pages())
		.setControllerAdvice(new RefusalAnswers(messages()))
		.build();

	static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("thing.name.taken", Locale.ENGLISH, "Namnet är upptaget.");
		messages.addMessage("thing.size.tooLarge", Locale.ENGLISH, "För stor.");
		messages.addMessage("thing.closed", Locale.ENGLISH, "Saken är stängd.");
		return messages;
	}

	@Test
	void answersARefusedValueOnTheApiWith422AndEveryProblem() throws Exception {
		mvc.perform(post("/api/v1/things"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Namnet är upptaget."))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("thing.name.taken"))
			.andExpect(jsonPath("$.errors[1].field").value("size"))
			.andExpect(jsonPath("$.errors[1].message").value("För stor."));
	}

	@Test
	void answersAStepTheStateDoesNotAllowOnTheApiWith409() throws Exception {
		mvc.perform(post("/api/v1/things/close"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Saken är stängd."));
	}

	@Test
	void sendsAPageBackWhereItCameFromWithTheMessage() throws Exception {
		mvc.perform(post("/things/close").header("Referer", "http://localhost/things/1?tab=2"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/things/1?tab=2"))
			.andExpect(flash().attribute("refusal", "Saken är stängd."));
	}

	@Test
	void neverSendsAPageBackToAnotherSite() throws Exception {
		mvc.perform(post("/things/close").header("Referer", "https://elsewhere.example/phish"))
			.andExpect(status().isConflict());
		mvc.perform(get("/things/closed")).andExpect(status().isConflict());
	}

	@Test
	void showsEveryProblemOnItsFieldOrAboveTheForm() {
		BindingResult errors = new BeanPropertyBindingResult(new Step("x"), "form");
		Map<String, String> problems = new LinkedHashMap<>();
		problems.put("name", "thing.name.taken");
		problems.put("colour", "thing.colour.unknown");
		Forms.reject(errors, Refusal.onFields(problems));
		Forms.reject(errors, Refusal.of("thing.closed"));

		assertThat(errors.getFieldError("name").getCode()).isEqualTo("thing.name.taken");
		// a field the form does not have: above the form rather than lost
		assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode())
			.containsExactly("thing.colour.unknown", "thing.closed");
	}

}
