package se.trygghet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * A create form sent twice, because the first answer was lost (a database restart, a dropped connection, a double
 * click), stores one record: the form carries a key made when it was shown, and the second sending is answered with
 * the first one's redirect.
 */
@PlatformIntegrationTest
class IdempotentFormTests {

	private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A create form: where it is shown, where it is sent with what, and how many records its table holds. */
	record Create(String name, RequestPostProcessor who, String page, Supplier<String> action,
			Supplier<Map<String, String>> fields, String count) {
	}

	List<Create> forms() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String[] place = somewhere();
		RequestPostProcessor coordinator = TestUsers.as(Role.COORDINATOR);
		return List.of(
				new Create("incident", TestUsers.as(Role.ANALYST), "/incidents/new", () -> "/incidents",
						() -> Map.of("category", "klotter", "occurredAt",
								TestTimes.yesterday().atTime(10, 15).toString(), "latitude", "59.6150", "longitude",
								"16.5450", "organisation", "Polisen", "severity", "2", "description",
								"Klotter på elskåpet " + unique),
						"select count(*) from incident"),
				new Create("resident report", anonymousResident(), "/rapportera", () -> "/rapportera",
						() -> Map.of("category", "klotter", "latitude", place[0], "longitude", place[1],
								"description", "Klotter på gångtunneln " + unique, "confirmedNew", "true"),
						"select count(*) from resident_report"),
				new Create("problem", TestUsers.as(Role.ANALYST), "/problems/new", () -> "/problems",
						() -> Map.of("title", "Otrygg passage " + unique, "description", "Mörkt och ödsligt på kvällarna",
								"from", "2026-01-01", "to", "2026-03-31", "priority", "HOG", "visibility", "INTERNAL"),
						"select count(*) from problem"),
				new Create("intervention", TestUsers.as(Role.ANALYST), "/problems/" + problem() + "/interventions/new",
						() -> "/problems/" + problem() + "/interventions",
						() -> Map.of("title", "Bättre belysning " + unique, "kind", "SITUATIONAL", "committees",
								committee(), "startsOn", "2026-02-01", "expectedEffect", "Färre larm om skadegörelse",
								"categories", "klotter", "evidenceLevel", "LOVANDE", "visibility", "INTERNAL"),
						"select count(*) from intervention"),
				new Create("forum", coordinator, "/forums", () -> "/forums",
						() -> Map.of("name", "Lokalt trygghetsråd " + unique, "description", "Samverkan i stadsdelen",
								"meetingsPerYear", "4", "version", "0"),
						"select count(*) from forum"),
				new Create("meeting", coordinator, "/forums/" + forum() + "/meetings/new",
						() -> "/forums/" + forum() + "/meetings",
						() -> Map.of("heldOn", "2026-02-10", "place", "Stadshuset " + unique, "agenda", "Lägesbild"),
						"select count(*) from meeting"),
				new Create("promise", coordinator, "/promises", () -> "/promises",
						() -> Map.of("year", "2026", "municipalityParty", "Västerås stad", "police", police(), "text",
								"Fler trygghetsvandringar " + unique),
						"select count(*) from citizen_promise"),
				new Create("user", TestUsers.as(Role.ADMIN), "/admin/users/new", () -> "/admin/users",
						() -> Map.of("username", "anvandare-" + unique, "displayName", "Ny användare", "password",
								"ett-langt-losenord", "roles", "VIEWER"),
						"select count(*) from app_user"),
				new Create("round", coordinator, "/rounds", () -> "/rounds",
						() -> Map.of("plan", plan(), "period", "r" + unique, "title", "Uppföljning " + unique, "opensOn",
								"2026-01-15", "deadline", "2026-03-01"),
						"select count(*) from reporting_round"));
	}

	@TestFactory
	Stream<DynamicTest> storesOneRecordWhenACreateFormIsSentTwiceWithItsKey() {
		return forms().stream().map(form -> DynamicTest.dynamicTest(form.name(), () -> {
			String key = keyOnPage(form);
			Map<String, String> fields = form.fields().get();
			long before = count(form);
			MvcResult first = mvc.perform(send(form, fields, key)).andExpect(status().is3xxRedirection()).andReturn();
			mvc.perform(send(form, fields, key))
				.andExpect(status().is3xxRedirection())
				.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
					.isEqualTo(first.getResponse().getRedirectedUrl()))
				.andExpect(flash().attribute("formAlreadySent", true));
			assertThat(count(form)).as(form.name()).isEqualTo(before + 1);
		}));
	}

	@Test
	void storesOneIncidentWhenTheSameFormArrivesTwiceAtOnce() throws Exception {
		Create incident = forms().get(0);
		String key = keyOnPage(incident);
		Map<String, String> fields = incident.fields().get();
		long before = count(incident);
		List<CompletableFuture<MvcResult>> both = Stream.of(1, 2).map(i -> CompletableFuture.supplyAsync(() -> {
			try {
				return mvc.perform(send(incident, fields, key)).andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).toList();
		for (CompletableFuture<MvcResult> answer : both) {
			MockHttpServletResponse response = answer.get().getResponse();
			// what was answered instead of the redirect, should it ever differ
			assertThat(response.getRedirectedUrl()).as("status %d: %s", response.getStatus(), mainOf(response))
				.isEqualTo("/incidents/mine");
		}
		assertThat(count(incident)).isEqualTo(before + 1);
	}

	@Test
	void createsAgainWithANewKeyAndTakesAFormShownAgainWithItsKeyOnceCorrected() throws Exception {
		Create problem = forms().get(2);
		String key = keyOnPage(problem);
		Map<String, String> fields = problem.fields().get();
		long before = count(problem);
		java.util.HashMap<String, String> wrong = new java.util.HashMap<>(fields);
		wrong.put("from", "2026-13-01");
		mvc.perform(send(problem, wrong, key)).andExpect(status().isOk());
		mvc.perform(send(problem, fields, key)).andExpect(status().is3xxRedirection());
		mvc.perform(send(problem, fields, keyOnPage(problem))).andExpect(status().is3xxRedirection());
		assertThat(count(problem)).isEqualTo(before + 2);
	}

	private String keyOnPage(Create form) throws Exception {
		String page = mvc.perform(get(form.page()).with(form.who()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher key = KEY.matcher(page);
		assertThat(key.find()).as("the form on " + form.page() + " carries a key").isTrue();
		return key.group(1);
	}

	private MockHttpServletRequestBuilder send(Create form, Map<String, String> fields, String key) {
		MockHttpServletRequestBuilder request = post(form.action().get()).with(csrf()).with(form.who());
		fields.forEach(request::param);
		return request.param("idempotencyKey", key);
	}

	private static String mainOf(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString().replaceAll("(?s).*?<main", "<main").replaceAll("(?s)</main>.*", "");
	}

	private long count(Create form) {
		return jdbc.sql(form.count()).query(Long.class).single();
	}

	/** Residents are anonymous; one address per test run, so the rate limit counts these sendings only. */
	private static RequestPostProcessor anonymousResident() {
		String address = "10.250." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A place in central Västerås of its own, so no open report of the same kind is offered as nearby. */
	private static String[] somewhere() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new String[] { String.valueOf(59.58 + random.nextDouble() * 0.08),
				String.valueOf(16.45 + random.nextDouble() * 0.18) };
	}

	private String problem() {
		return jdbc.sql("select id::text from problem order by title limit 1").query(String.class).single();
	}

	private String forum() {
		return jdbc.sql("select id::text from forum where name = 'Trygghetsrådet'").query(String.class).single();
	}

	private String committee() {
		return jdbc.sql("select id::text from committee order by name limit 1").query(String.class).single();
	}

	private String police() {
		return jdbc.sql("select id::text from actor where name = 'Polisen' limit 1").query(String.class).single();
	}

	private String plan() {
		return jdbc.sql("select id::text from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(String.class)
			.single();
	}

}
