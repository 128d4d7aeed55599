package se.trygghet.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * Every help page renders in Swedish and English with the numbers the code uses; an unknown topic, or one residents do
 * not meet asked for on the public site, is a 404 page; and every help link on the pages where the terms appear leads
 * to a page that exists.
 */
@PlatformIntegrationTest
class HelpPagesTests {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	HelpPages pages;

	@Autowired
	JdbcClient jdbc;

	/** A page as its HTML, with what a reader is shown of its main part and of its help links. */
	record Page(String html) {

		String lang() {
			return first("<html[^>]* lang=\"([^\"]*)\"", html);
		}

		String main() {
			return first("(?s)<main[^>]*>(.*)</main>", html);
		}

		/** The text of the main part, tags removed and whitespace collapsed, as a reader sees it. */
		String text() {
			return HtmlUtils.htmlUnescape(main().replaceAll("(?s)<[^>]*>", " ")).replace('\u00a0', ' ').replaceAll("\\s+", " ");
		}

		String h1() {
			return HtmlUtils.htmlUnescape(first("(?s)<h1[^>]*>(.*?)</h1>", main()).replaceAll("<[^>]*>", "")).strip();
		}

		/** The addresses of the links in the main part whose address starts so, in order. */
		List<String> links(String cssClassOrPrefix) {
			List<String> found = new ArrayList<>();
			Matcher m = Pattern.compile("<a (?:class=\"help-link\" )?href=\"(" + Pattern.quote(cssClassOrPrefix) + "[^\"]*)\"")
				.matcher(main());
			while (m.find()) {
				found.add(m.group(1));
			}
			return found;
		}

		List<String> helpLinks() {
			List<String> found = new ArrayList<>();
			Matcher m = Pattern.compile("<a class=\"help-link\" href=\"([^\"]*)\"").matcher(html);
			while (m.find()) {
				found.add(m.group(1));
			}
			return found;
		}

		private static String first(String regex, String in) {
			Matcher m = Pattern.compile(regex).matcher(in);
			return m.find() ? m.group(1) : "";
		}

	}

	Page page(MockHttpServletRequestBuilder request) throws Exception {
		return new Page(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void rendersEveryTopicInSwedishAndEnglishWithTheNumbersTheCodeUses() throws Exception {
		Pattern figure = Pattern.compile("\\{([a-z][a-z0-9.-]*)}");
		for (HelpTopic topic : HelpTopic.values()) {
			for (Locale locale : List.of(SWEDISH, Locale.ENGLISH)) {
				Page page = page(get("/help/" + topic.key()).param("lang", locale.getLanguage())
					.with(TestUsers.as(Role.VIEWER)));
				assertThat(page.lang()).isEqualTo(locale.getLanguage());
				String title = messages.getMessage("help.topic." + topic.key() + ".title", null, locale);
				assertThat(page.h1()).as(topic + " " + locale).isEqualTo(title);
				String text = page.text();
				// every number a text of the topic names appears as the module gives it, and no placeholder is left
				List<String> named = new ArrayList<>();
				for (int n = 1; messages.getMessage("help.topic." + topic.key() + "." + n, null, null, locale) != null; n++) {
					Matcher m = figure.matcher(messages.getMessage("help.topic." + topic.key() + "." + n, null, locale));
					while (m.find()) {
						named.add(m.group(1));
					}
				}
				for (String name : named) {
					assertThat(text).as(topic + " " + locale + " quotes " + name)
						.contains(pages.withFigures("{" + name + "}", locale).replace('\u00a0', ' '));
				}
				assertThat(text).doesNotContain("{").doesNotContain("??");
			}
		}
	}

	@Test
	void quotesTheFlagRuleAndDisclosureMinimumsInTheReadersLanguage() throws Exception {
		String flags = page(get("/help/poisson-flag").with(TestUsers.as(Role.ANALYST))).text();
		assertThat(flags).contains("minst " + pages.figures().get("flag.min-count") + " händelser", "minst 0,25");
		String english = page(get("/help/poisson-flag").param("lang", "en").with(TestUsers.as(Role.ANALYST)))
			.text();
		assertThat(english).contains("at least " + pages.figures().get("flag.min-count") + " incidents", "at least 0.25");
		String disclosure = page(get("/oppen/hjalp/disclosure")).text();
		assertThat(disclosure).contains("mindre än " + pages.figures().get("disclosure.min-count"),
				"färre än " + pages.figures().get("disclosure.min-respondents") + " personer");
	}

	@Test
	void listsEveryTopicAndTheReadersOwnRoleFirst() throws Exception {
		Page index = page(get("/help").with(TestUsers.as(Role.COMMITTEE_REPORTER)));
		Matcher yours = Pattern.compile("(?s)id=\"help-yours\".*?</section>").matcher(index.main());
		assertThat(yours.find()).isTrue();
		assertThat(new Page("<main>" + yours.group() + "</main>").links("/help/")).containsExactly("/help/reporter");
		List<String> listed = index.links("/help/");
		for (HelpTopic topic : HelpTopic.values()) {
			assertThat(listed).contains("/help/" + topic.key());
		}
		Page open = page(get("/oppen/hjalp"));
		assertThat(open.links("/oppen/hjalp/"))
			.containsExactlyInAnyOrder("/oppen/hjalp/verdicts", "/oppen/hjalp/disclosure", "/oppen/hjalp/resident");
	}

	@Test
	void answersAnUnknownTopicAndAStaffTopicOnThePublicSiteWithTheNotFoundPage() throws Exception {
		mvc.perform(get("/help/no-such-topic").with(TestUsers.as(Role.ANALYST))).andExpect(status().isNotFound());
		mvc.perform(get("/oppen/hjalp/gi-star")).andExpect(status().isNotFound());
		mvc.perform(get("/oppen/hjalp/no-such-topic")).andExpect(status().isNotFound());
		// a public help page is the same for everyone and starts no session
		assertThat(mvc.perform(get("/oppen/hjalp/verdicts")).andExpect(status().isOk()).andReturn().getRequest()
			.getSession(false)).isNull();
	}

	@Test
	void linksEveryTermOnThePagesWhereItAppearsToAHelpPageThatExists() throws Exception {
		String indicator = jdbc.sql("select i.id::text from indicator i join focus_area f on f.id = i.focus_area_id "
				+ "join action_plan p on p.id = f.plan_id where p.state = 'ADOPTED' limit 1").query(String.class).single();
		String intervention = jdbc.sql("select id::text from intervention limit 1").query(String.class).single();
		List<String[]> pagesAndTopics = List.of(new String[] { "/situation/hotspots", "gi-star fdr kde" },
				new String[] { "/situation", "poisson-flag fdr" },
				new String[] { "/interventions/" + intervention, "did wdq" },
				new String[] { "/indicators", "verdicts disclosure" },
				new String[] { "/indicators/" + indicator, "verdicts" },
				new String[] { "/oppen/indikatorer", "verdicts disclosure" },
				new String[] { "/oppen/indikatorer/" + indicator, "verdicts disclosure" },
				new String[] { "/rounds", "coordinator" });
		for (String[] pageAndTopics : pagesAndTopics) {
			Page shown = page(get(pageAndTopics[0]).with(TestUsers.as(Role.COORDINATOR)));
			List<String> links = shown.helpLinks();
			String base = pageAndTopics[0].startsWith("/oppen") ? "/oppen/hjalp/" : "/help/";
			for (String topic : pageAndTopics[1].split(" ")) {
				assertThat(links).as(pageAndTopics[0]).contains(base + topic);
			}
			for (String link : links) {
				mvc.perform(get(link).with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk());
			}
		}
		Page mine = page(get("/my-reports").with(TestUsers.as(Role.COMMITTEE_REPORTER)));
		assertThat(mine.helpLinks()).containsExactly("/help/reporter");
	}

}
