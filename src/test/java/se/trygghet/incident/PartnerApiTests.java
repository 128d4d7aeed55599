package se.trygghet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** Partner systems: API tokens issued and revoked by an admin, and incidents sent with them. */
@PlatformIntegrationTest
class PartnerApiTests {

	private static final Pattern SECRET = Pattern.compile("value=\"(tp_[A-Za-z0-9_-]{43})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String issue(String name, String organisation) throws Exception {
		String page = mvc.perform(post("/admin/api-tokens").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("name", name)
			.param("organisation", organisation))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the new token is shown").isTrue();
		return secret.group(1);
	}

	void revoke(String name, String reason) throws Exception {
		mvc.perform(post("/admin/api-tokens/" + tokenId(name) + "/revoke").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("reason", reason)).andExpect(status().is3xxRedirection());
	}

	String tokenId(String name) {
		return jdbc.sql("select id::text from api_token where name = :n").param("n", name).query(String.class).single();
	}

	ResultActions send(String token, String json) throws Exception {
		return mvc.perform(post("/api/v1/incidents").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	static String incident(String externalId, String description) {
		return """
				{"externalId": "%s", "category": "klotter", "occurredAt": "%s", "latitude": 59.6150,
				 "longitude": 16.5450, "severity": 2, "description": "%s"}
				""".formatted(externalId, OffsetDateTime.now().minusHours(2).truncatedTo(ChronoUnit.SECONDS), description);
	}

	int incidents() {
		return jdbc.sql("select count(*) from incident").query(Integer.class).single();
	}

	@Test
	void showsANewTokenOnceAndKeepsOnlyItsHashWithARecognisablePrefix() throws Exception {
		String secret = issue("Mimer felanmälan", "Bostads AB Mimer");
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		var row = jdbc.sql("select prefix, token_hash, organisation, created_by from api_token where name = 'Mimer felanmälan'")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getString(4) })
			.single();
		assertThat(row[0]).isEqualTo(secret.substring(0, 11));
		assertThat((byte[]) row[1]).isEqualTo(hash);
		assertThat(row[2]).isEqualTo("Bostads AB Mimer");
		mvc.perform(get("/admin/api-tokens").with(TestUsers.as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Mimer felanmälan")))
			.andExpect(content().string(Matchers.containsString(secret.substring(0, 11) + "…")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(secret))));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.api-token.issued' "
				+ "and subject_id = (select id::text from api_token where name = 'Mimer felanmälan')")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesARevokedTokenExactlyAsAnUnknownOneAndAuditsTheRevocation() throws Exception {
		String secret = issue("Revoked partner", "Polisen");
		send(secret, incident("rev-1", "Klotter på pumphuset")).andExpect(status().isCreated());
		revoke("Revoked partner", "Avtalet har upphört");
		String revoked = send(secret, incident("rev-2", "Klotter igen"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
			.andReturn().getResponse().getContentAsString();
		String unknown = send("tp_" + "A".repeat(43), incident("rev-3", "Klotter"))
			.andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
		assertThat(revoked).isEqualTo(unknown);
		mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content(incident("rev-4", "x")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
		assertThat(jdbc.sql("select revoked_reason from api_token where name = 'Revoked partner'").query(String.class)
			.single()).isEqualTo("Avtalet har upphört");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.api-token.revoked'")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void refusesATokenPastItsExpiryDate() throws Exception {
		String secret = issue("Short-lived", "Räddningstjänsten");
		send(secret, incident("exp-1", "Brandrester vid skolan")).andExpect(status().isCreated());
		// the shared context's clock cannot be moved, so the expiry is moved instead (ApiTokenTests covers the rule)
		jdbc.sql("update api_token set expires_at = now() - interval '1 second' where name = 'Short-lived'").update();
		send(secret, incident("exp-2", "Brandrester igen")).andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/api-tokens").with(TestUsers.as(Role.ADMIN)))
			.andExpect(content().string(Matchers.containsString("Har gått ut")));
	}

	@Test
	void needsNoCsrfTokenWithABearerTokenWhileTheAdminPagesDo() throws Exception {
		String secret = issue("No CSRF", "Svenska Bostäder");
		send(secret, incident("csrf-1", "Nedskräpat vid återvinningen")).andExpect(status().isCreated());
		mvc.perform(post("/admin/api-tokens").with(TestUsers.as(Role.ADMIN)).param("name", "x").param("organisation", "y"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/api-tokens/" + tokenId("No CSRF") + "/revoke").with(TestUsers.as(Role.ADMIN))
			.param("reason", "test")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select revoked_at is null from api_token where name = 'No CSRF'").query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void refusesASignedInBrowserUserOnThePartnerApi() throws Exception {
		for (Role role : Role.values()) {
			mvc.perform(post("/api/v1/incidents").with(csrf())
				.with(TestUsers.as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(incident("browser-" + role, "Klotter")))
				.andExpect(status().isUnauthorized());
		}
	}

	@Test
	void refusesADescriptionWithAPersonalIdentityNumberAndStoresNothing() throws Exception {
		String secret = issue("Personnummer partner", "Polisen");
		int before = incidents();
		send(secret, incident("pnr-1", "Mannen 19850710-1234 sprayade på väggen"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
			.andExpect(jsonPath("$.errors[0].index").value(0))
			.andExpect(jsonPath("$.errors[0].field").value("description"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("personnummer")))
			.andExpect(jsonPath("$.errors[0].messageEn").value(Matchers.containsString("personal identity number")));
		assertThat(incidents()).isEqualTo(before);
	}

	@Test
	void storesAnExternalIdOnceAndAnswersAResendAsAlreadyReceived() throws Exception {
		String first = issue("Idempotent A", "Bostads AB Idem");
		String second = issue("Idempotent B", "Bostads AB Idem");
		String id = com.jayway.jsonpath.JsonPath.read(send(first, incident("idem-1", "Trasig belysning i tunneln"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.incidents[0].status").value("CREATED"))
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/incidents/")))
			.andReturn().getResponse().getContentAsString(), "$.incidents[0].id");
		int before = incidents();
		// the same organisation's other token sends it again: it is the same incident
		send(second, incident("idem-1", "Trasig belysning i tunneln"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.incidents[0].status").value("ALREADY_RECEIVED"))
			.andExpect(jsonPath("$.incidents[0].id").value(id));
		assertThat(incidents()).isEqualTo(before);
		// another organisation may use the same id of its own
		send(issue("Idempotent C", "Annat bolag"), incident("idem-1", "Trasig belysning"))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select reported_by from incident where id = cast(:id as uuid)").param("id", id)
			.query(String.class).single()).isEqualTo("api:Idempotent A");
	}

	@Test
	void refusesAWholeBatchListingEveryProblemOfEveryItemByIndex() throws Exception {
		String secret = issue("Batch partner", "Mälarenergi");
		int before = incidents();
		String batch = "[" + incident("batch-1", "Klotter på elskåp") + ","
				+ """
						{"externalId": "batch-2", "category": "inget-sådant", "occurredAt": "2026-11-25 14:00",
						 "east": 588200, "north": 6610000, "severity": 2}""" + ","
				+ """
						{"category": "klotter", "occurredAt": "%s", "latitude": 59.3293, "longitude": 18.0686,
						 "severity": 7, "description": "Ring 070-123 45 67"}"""
					.formatted(OffsetDateTime.now().minusHours(1)) + "]";
		send(secret, batch).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.index == 0)]").isEmpty())
			.andExpect(jsonPath("$.errors[?(@.index == 1 && @.field == 'category')]").isNotEmpty())
			.andExpect(jsonPath("$.errors[?(@.index == 1 && @.field == 'occurredAt')]").isNotEmpty())
			.andExpect(jsonPath("$.errors[?(@.index == 2 && @.field == 'externalId')]").isNotEmpty())
			.andExpect(jsonPath("$.errors[?(@.index == 2 && @.field == 'latitude/longitude')]").isNotEmpty())
			.andExpect(jsonPath("$.errors[?(@.index == 2 && @.field == 'severity')]").isNotEmpty())
			.andExpect(jsonPath("$.errors[?(@.index == 2 && @.field == 'description')]").isNotEmpty());
		assertThat(incidents()).isEqualTo(before);
		// corrected, the batch is stored whole, the SWEREF 99 TM item in its area
		String corrected = "[" + incident("batch-1", "Klotter på elskåp") + ","
				+ """
						{"externalId": "batch-2", "category": "nedskrapning", "occurredAt": "%s",
						 "east": 588200, "north": 6610000, "severity": 1}"""
					.formatted(OffsetDateTime.now().minusHours(1)) + "]";
		send(secret, corrected).andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(2));
		assertThat(incidents()).isEqualTo(before + 2);
		assertThat(jdbc.sql("select organisation from incident where partner = 'Mälarenergi' and external_id = 'batch-2'")
			.query(String.class).single()).isEqualTo("Mälarenergi");
	}

	@Test
	void keepsSwerefCoordinatesExactlyAsSentAndGivesThemBack() throws Exception {
		String secret = issue("Grid partner", "Bevakningsbolaget");
		// both on lines of the 250 m grid; a round trip through WGS84 moved N to 6609999.999999999, a cell further south
		String id = com.jayway.jsonpath.JsonPath.read(send(secret, """
				{"externalId": "grid-1", "category": "klotter", "occurredAt": "%s", "east": 590250, "north": 6610000,
				 "severity": 1}""".formatted(OffsetDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.incidents[0].id");
		mvc.perform(get("/api/v1/incidents/" + id).header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.east").value(590250.0))
			.andExpect(jsonPath("$.north").value(6610000.0))
			.andExpect(jsonPath("$.latitude").value(Matchers.closeTo(59.61839, 0.00001)));
	}

	@Test
	void showsAnIncidentOnlyToTheTokenThatSentIt() throws Exception {
		String mine = issue("Reader A", "Org A");
		String theirs = issue("Reader B", "Org B");
		String id = com.jayway.jsonpath.JsonPath.read(send(mine, incident("read-1", "Skräp vid busshållplatsen"))
			.andReturn().getResponse().getContentAsString(), "$.incidents[0].id");
		mvc.perform(get("/api/v1/incidents/" + id).header("Authorization", "Bearer " + mine))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.externalId").value("read-1"))
			.andExpect(jsonPath("$.organisation").value("Org A"));
		mvc.perform(get("/api/v1/incidents/" + id).header("Authorization", "Bearer " + theirs))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents/" + UUID.randomUUID()).header("Authorization", "Bearer " + mine))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select last_used_at is not null from api_token where name = 'Reader A'")
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void refusesATakenNameAndKeepsWhatWasTyped() throws Exception {
		issue("Taken name", "Org");
		mvc.perform(post("/admin/api-tokens").with(csrf()).with(TestUsers.as(Role.ADMIN))
			.param("name", "taken NAME").param("organisation", "Other org"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Det finns redan en nyckel med det namnet")))
			.andExpect(content().string(Matchers.containsString("Other org")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("value=\"tp_"))));
	}

	@Test
	void answersABodyThatIsNoIncidentWithABadRequestProblem() throws Exception {
		String secret = issue("Malformed partner", "Org M");
		for (String body : new String[] { "", "{not json", "42", "[]" }) {
			send(secret, body).andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
		}
		send(secret, "[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("1000")));
	}

	@Test
	void describesThePartnerApiInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/incidents'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/incidents/{id}'].get").exists())
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"));
	}

}
