package se.trygghet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * Control characters in what people type or paste: PostgreSQL refuses NUL in text, and a NUL in the lägesbild's weekly
 * assessment was a 500. Every POST endpoint Spring MVC knows of is sent a NUL (and other control characters) in every
 * text field its form has, and none may answer with a server error.
 */
@PlatformIntegrationTest
class ControlCharacterTests {

	static final String TEXT = "Text\u0000 med\u0001 styrtecken\u007f\u009b";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noFormAnswersWithAServerErrorWhenEveryTextFieldHoldsANul() throws Exception {
		Map<String, Integer> answers = new TreeMap<>();
		Map<String, String> failures = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				AbstractMockHttpServletRequestBuilder<?> request = request(fill(pattern), mapping.getValue());
				// a client address of its own, so the residents' rate limit counts these submissions only
				int status;
				try {
					status = mvc.perform(request.with(csrf()).with(TestUsers.as(Role.ADMIN)).with(r -> {
						r.setRemoteAddr("10.200." + (answers.size() / 250) + "." + (answers.size() % 250 + 1));
						return r;
					})).andReturn().getResponse().getStatus();
				}
				catch (Exception ex) {
					// an exception no handler answered: the server's 500
					failures.put(pattern, String.valueOf(ex.getMessage()));
					status = 500;
				}
				answers.put(pattern, status);
			}
		}
		assertThat(answers).as("every POST endpoint was tried").containsKeys("/situation/{period}/note", "/incidents",
				"/rapportera", "/problems", "/forums");
		assertThat(answers).allSatisfy((path, status) -> assertThat(status).as(path + " " + failures.getOrDefault(path, ""))
			.isLessThan(500));
	}

	@Test
	void storesTheWeeklyAssessmentWithoutItsControlCharacters() throws Exception {
		mvc.perform(post("/situation/2019-W05/note").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("assessment", "Lugn vecka\u0000 i centrum.\r\nFler larm vid\t stationen.")
			.param("focusPlaces", "Stora torget\u0007")
			.param("version", "-1")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select assessment || '|' || focus_places from situation_week where iso_week = '2019-W05'")
			.query(String.class)
			.single()).isEqualTo("Lugn vecka i centrum.\r\nFler larm vid\t stationen.|Stora torget");
	}

	@Test
	void storesAnIncidentFromAPartnerSystemWithoutTheControlCharactersOfItsJson() throws Exception {
		String page = mvc.perform(post("/admin/api-tokens").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("name", "Styrtecken i JSON")
			.param("organisation", "Bostads AB Mimer")).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher secret = Pattern.compile("value=\"(tp_[A-Za-z0-9_-]{43})\"").matcher(page);
		assertThat(secret.find()).isTrue();
		String json = """
				{"externalId": "styrtecken-1", "category": "klotter", "occurredAt": "%s", "latitude": 59.6150,
				 "longitude": 16.5450, "severity": 2, "description": "Klotter\\u0000 på\\u0007 trappan"}
				""".formatted(TestTimes.yesterday().atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Stockholm"))
			.toOffsetDateTime());
		mvc.perform(post("/api/v1/incidents").header("Authorization", "Bearer " + secret.group(1))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated());
		assertThat(jdbc.sql("select description from incident where external_id = 'styrtecken-1'")
			.query(String.class)
			.single()).isEqualTo("Klotter på trappan");
	}

	@Test
	void importsAnIncidentFileWithoutTheControlCharactersOfItsCells() throws Exception {
		String yesterday = TestTimes.yesterday() + " 10:00";
		String csv = "id;kategori;tid;latitud;longitud;organisation;allvarlighet;beskrivning\n"
				+ "styrtecken-fil-1;klotter;" + yesterday + ";59.6150;16.5450;Polisen\u0000;2;Klotter\u0000 på\u001b bron\n";
		mvc.perform(multipart("/incidents/import")
			.file(new MockMultipartFile("file", "incidenter.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(TestUsers.as(Role.ANALYST))).andExpect(status().isOk());
		assertThat(jdbc.sql("select organisation || '|' || description from incident where external_id = 'styrtecken-fil-1'")
			.query(String.class)
			.single()).isEqualTo("Polisen|Klotter på bron");
	}

	/** A request with the endpoint's text parameters and form fields set to {@link #TEXT}. */
	static AbstractMockHttpServletRequestBuilder<?> request(String path, HandlerMethod handler) {
		List<String[]> params = new ArrayList<>();
		List<String> files = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestBody.class)) {
				continue;
			}
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (MultipartFile.class.isAssignableFrom(type)) {
					files.add(name);
				}
				else if (type == String.class) {
					params.add(new String[] { name, TEXT });
				}
				else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
					params.add(new String[] { name, "-1" });
				}
			}
			else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| !type.getName().startsWith("org.springframework"))) {
				for (RecordComponent component : type.getRecordComponents()) {
					if (component.getType() == String.class || textCollection(component.getGenericType())) {
						params.add(new String[] { component.getName(), TEXT });
					}
				}
			}
		}
		AbstractMockHttpServletRequestBuilder<?> request;
		if (files.isEmpty()) {
			request = post(path);
		}
		else {
			MockMultipartHttpServletRequestBuilder upload = multipart(path);
			// a CSV whose cells hold control characters, for the file importers; an image reader finds no image in it
			byte[] csv = ("kategori;beskrivning\n" + TEXT + ";" + TEXT + "\n").getBytes(StandardCharsets.UTF_8);
			files.forEach(name -> upload.file(new MockMultipartFile(name, "fil.csv", "text/csv", csv)));
			request = upload;
		}
		params.forEach(p -> request.param(p[0], p[1]));
		return request;
	}

	private static boolean textCollection(Type type) {
		return type instanceof ParameterizedType generic
				&& Collection.class.isAssignableFrom((Class<?>) generic.getRawType())
				&& generic.getActualTypeArguments()[0] == String.class;
	}

	/**
	 * The pattern with each variable filled in: a week that no other test uses for the lägesbild's note, a year, and
	 * otherwise values that name nothing, so no shared demo record is changed.
	 */
	static String fill(String pattern) {
		StringBuilder path = new StringBuilder();
		int at = 0;
		while (at < pattern.length()) {
			char c = pattern.charAt(at);
			if (c != '{') {
				path.append(c);
				at++;
				continue;
			}
			int depth = 0;
			int end = at;
			for (; end < pattern.length(); end++) {
				depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
				if (depth == 0) {
					break;
				}
			}
			String variable = pattern.substring(at + 1, end);
			int colon = variable.indexOf(':');
			String name = colon < 0 ? variable : variable.substring(0, colon);
			Pattern regex = colon < 0 ? null : Pattern.compile(variable.substring(colon + 1));
			List<String> candidates = switch (name) {
				case "period" -> List.of("2019-W06");
				case "year" -> List.of("2019");
				case "format" -> List.of("json");
				case "key" -> List.of("ingen-plan");
				case "number" -> List.of("1.1", "1");
				default -> List.of(UUID.randomUUID().toString(), "1", "open", "A".repeat(43), "x");
			};
			path.append(candidates.stream()
				.filter(value -> regex == null || regex.matcher(value).matches())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No value for " + variable + " in " + pattern)));
			at = end + 1;
		}
		return path.toString();
	}

}
