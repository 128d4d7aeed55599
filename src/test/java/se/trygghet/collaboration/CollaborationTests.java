package se.trygghet.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.actor.ActorCatalog;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.indicator.Period;
import se.trygghet.indicator.PlatformIndicatorSource;
import se.trygghet.indicator.PlatformIndicatorSource.Reading;
import se.trygghet.intervention.InterventionCatalog;
import se.trygghet.plan.CommitteeId;
import se.trygghet.system.Refusal;

@PlatformIntegrationTest
class CollaborationTests {

	@Autowired
	Forums forums;

	@Autowired
	Meetings meetings;

	@Autowired
	Surveys surveys;

	@Autowired
	CitizenPromises promises;

	@Autowired
	PublishedPromises published;

	@Autowired
	ActorCatalog actors;

	@Autowired
	AreaCatalog areas;

	@Autowired
	List<PlatformIndicatorSource> sources;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InterventionCatalog interventions;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void registersThePlansForumsWithTheirOwnTextsAndTrygghetsradetsJointChairs() {
		Forums.Forum council = forums.byName("Trygghetsrådet").orElseThrow();
		assertThat(council.demo()).isFalse();
		assertThat(council.meetingsPerYear()).isEqualTo(4);
		assertThat(council.description()).contains("delat ordförandeskap").contains("fyra gånger per år");
		assertThat(forums.members(council.id())).extracting(Forums.Member::name, Forums.Member::role)
			.contains(org.assertj.core.api.Assertions.tuple("Kommunstyrelsen", ForumRole.ORDFORANDE),
					org.assertj.core.api.Assertions.tuple("Polisen", ForumRole.MEDORDFORANDE),
					org.assertj.core.api.Assertions.tuple("Grundskolenämnden", ForumRole.LEDAMOT))
			.hasSize(5);
		assertThat(forums.byName("Värna Västerås").orElseThrow().description()).contains("lokala brottsförebyggande råd");
		assertThat(forums.byName("PLG Social hållbarhet")).isPresent();
		assertThat(forums.all()).extracting(s -> s.forum().name()).anyMatch(name -> name.startsWith("EST"));
	}

	@Test
	void countsEachOrganisationTakingPartOncePerYearAcrossForumsAndMeetings() {
		TestUsers.signIn(Role.COORDINATOR);
		ForumId first = forums.create("Aktörsräkning A " + UUID.randomUUID(), null, null);
		ForumId second = forums.create("Aktörsräkning B " + UUID.randomUUID(), null, null);
		Participant police = Participant.of(actors.byName("Polisen").orElseThrow().id());
		Participant committee = Participant.of(new CommitteeId(UUID.fromString(
				jdbc.sql("select id::text from committee where short_name = 'KS'").query(String.class).single())));
		Participant region = Participant.of(actors.byName("Region Västmanland").orElseThrow().id());
		meetings.record(meeting(first, LocalDate.of(2019, 2, 1), Set.of(police, committee)));
		meetings.record(meeting(first, LocalDate.of(2019, 6, 1), Set.of(police)));
		meetings.record(meeting(second, LocalDate.of(2019, 11, 30), Set.of(police, committee)));
		// the year before is another year
		meetings.record(meeting(second, LocalDate.of(2018, 12, 31), Set.of(region)));

		PlatformIndicatorSource source = source(ForumIndicatorSources.FORUM_ACTORS);
		// the police and Kommunstyrelsen, once each however many meetings they attended
		assertThat(source.read(Period.year(2019), kommun())).isEqualTo(Reading.count(2));
		assertThat(source.read(Period.year(2018), kommun())).isEqualTo(Reading.count(1));
		assertThat(source.read(Period.parse("2019H1"), kommun())).isEqualTo(Reading.count(2));
		assertThat(source.firstData()).hasValueSatisfying(day -> assertThat(day).isBeforeOrEqualTo(
				LocalDate.of(2018, 12, 31)));
		AreaId district = areas.atLevel("1980", AreaLevel.STADSDEL).get(0).id();
		assertThat(source.read(Period.year(2019), district).kind()).isEqualTo(Reading.Kind.NOT_MEASURED);
	}

	@Test
	void keepsAnEndedMembershipInThePastYearsCountOfActorsTakingPart() {
		TestUsers.signIn(Role.COORDINATOR);
		ForumId forum = forums.create("Medlemshistorik " + UUID.randomUUID(), null, null);
		forums.ensureMember(forum, Participant.of(actors.byName("Polisen").orElseThrow().id()), ForumRole.LEDAMOT,
				LocalDate.of(2014, 3, 1));
		Forums.Member police = forums.members(forum).get(0);
		PlatformIndicatorSource source = source(ForumIndicatorSources.FORUM_ACTORS);
		assertThat(source.read(Period.year(2014), kommun())).isEqualTo(Reading.count(1));

		forums.removeMember(forum, police.id());

		assertThat(forums.members(forum)).isEmpty();
		assertThat(source.read(Period.year(2014), kommun())).as("a member in 2014 all the same")
			.isEqualTo(Reading.count(1));
		assertThat(source.read(Period.year(2013), kommun())).isEqualTo(Reading.count(0));
	}

	@Test
	void satisfactionIsTheMeanAsAnIndexAndWithheldBelowFiveAnswers() {
		TestUsers.signIn(Role.COORDINATOR);
		ForumId forum = forums.create("Nöjdhetstest " + UUID.randomUUID(), null, null);
		SurveyId survey = surveys.create(forum, 2017);
		surveys.move(survey, 0, Surveys.State.OPEN);
		String token = surveys.get(survey).token();
		TestUsers.signOut();
		surveys.answer(token, 5, 2);
		surveys.answer(token, 4, 2);
		surveys.answer(token, 3, 1);
		surveys.answer(token, 5, 3);

		PlatformIndicatorSource process = source(ForumIndicatorSources.SATISFACTION_PROCESS);
		PlatformIndicatorSource result = source(ForumIndicatorSources.SATISFACTION_RESULT);
		assertThat(process.read(Period.year(2017), kommun())).isEqualTo(Reading.withheld(4));
		assertThat(surveys.results(survey).process().mean()).isEmpty();

		surveys.answer(token, 3, 5);
		// process (5+4+3+5+3)/5 = 4.0 → 75; result (2+2+1+3+5)/5 = 2.6 → 40
		assertThat(process.read(Period.year(2017), kommun()).value().doubleValue()).isCloseTo(75.0, within(1e-9));
		assertThat(result.read(Period.year(2017), kommun()).value().doubleValue()).isCloseTo(40.0, within(1e-9));
		assertThat(result.read(Period.year(2017), kommun()).respondents()).isEqualTo(5);
		assertThat(process.read(Period.parse("2017H1"), kommun()).kind()).isEqualTo(Reading.Kind.NOT_MEASURED);
		AreaId district = areas.atLevel("1980", AreaLevel.STADSDEL).get(0).id();
		assertThat(process.read(Period.year(2017), district).kind()).isEqualTo(Reading.Kind.NOT_MEASURED);
	}

	@Test
	void storesAnAnswerWithoutUserAddressOrTimeAndAuditsNothingOfIt() throws Exception {
		String token = openSurvey(2016);
		int audits = jdbc.sql("select count(*) from audit_entry").query(Integer.class).single();
		mvc.perform(post("/survey/" + token).param("process", "4").param("result", "5")
			.header("X-Forwarded-For", "203.0.113.7")
			.with(request -> {
				request.setRemoteAddr("198.51.100.9");
				return request;
			})
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tack!")))
			.andExpect(cookie().exists("answered-" + token));
		assertThat(jdbc.sql("""
				select column_name from information_schema.columns where table_name = 'survey_answer' order by column_name
				""").query(String.class).list()).containsExactly("id", "process", "result", "survey_id");
		assertThat(jdbc.sql("select count(*) from survey_answer a join survey s on s.id = a.survey_id where s.token = :t")
			.param("t", token).query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from audit_entry").query(Integer.class).single()).isEqualTo(audits);
		assertThat(jdbc.sql("select count(*) from audit_entry where summary like '%203.0.113.7%' or summary like '%198.51.100.9%'")
			.query(Integer.class).single()).isZero();
		// the same browser is told it has answered, and its second answer is not stored
		mvc.perform(post("/survey/" + token).param("process", "1").param("result", "1")
			.cookie(new jakarta.servlet.http.Cookie("answered-" + token, "1"))
			.with(csrf()))
			.andExpect(content().string(Matchers.containsString("redan svarat")));
		assertThat(jdbc.sql("select count(*) from survey_answer a join survey s on s.id = a.survey_id where s.token = :t")
			.param("t", token).query(Integer.class).single()).isOne();
	}

	@Test
	void refusesAnswersToAClosedSurveyWithAClearMessage() throws Exception {
		String token = openSurvey(2015);
		SurveyId survey = surveys.byToken(token).orElseThrow().id();
		TestUsers.signIn(Role.COORDINATOR);
		surveys.move(survey, 1, Surveys.State.CLOSED);
		TestUsers.signOut();
		assertThatThrownBy(() -> surveys.answer(token, 3, 3)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.code()).isEqualTo("collab.survey.closed"));
		mvc.perform(get("/survey/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Enkäten är stängd")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("answer-form"))));
		mvc.perform(post("/survey/" + token).param("process", "3").param("result", "3").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Enkäten är stängd")));
		assertThat(surveys.results(survey).n()).isZero();
		mvc.perform(get("/survey/no-such-token")).andExpect(status().isNotFound());
	}

	@Test
	void aDecisionIsMarkedDoneOnlyWithANoteAndShowsAsOverdueUntilThen() {
		TestUsers.signIn(Role.COORDINATOR);
		ForumId forum = forums.create("Beslutstest " + UUID.randomUUID(), null, null);
		MeetingId meeting = meetings.record(meeting(forum, LocalDate.now().minusMonths(1), Set.of()));
		DecisionId decision = meetings.decide(meeting, "Kartlägg belysningen", "Tekniska förvaltningen",
				LocalDate.now().minusDays(1));
		assertThat(meetings.overdue()).extracting(Meetings.Decision::id).contains(decision);
		assertThatThrownBy(() -> meetings.followUp(decision, 0, Meetings.DecisionStatus.DONE, " "))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.field()).isEqualTo("note"));
		meetings.followUp(decision, 0, Meetings.DecisionStatus.DONE, "Klart i mars");
		assertThat(meetings.overdue()).extracting(Meetings.Decision::id).doesNotContain(decision);
		assertThatThrownBy(() -> meetings.followUp(decision, 0, Meetings.DecisionStatus.OPEN, null))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.code()).isEqualTo("collab.conflict"));
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = :id").param("id", decision.toString())
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void answersADecisionFollowUpWithAStatusOrVersionThePageNeverSendsAsAnInvalidValueAndKeepsTheDecision()
			throws Exception {
		TestUsers.signIn(Role.COORDINATOR);
		ForumId forum = forums.create("Uppföljningstest " + UUID.randomUUID(), null, null);
		MeetingId meeting = meetings.record(meeting(forum, LocalDate.now().minusMonths(1), Set.of()));
		DecisionId decision = meetings.decide(meeting, "Se över belysningen", "Tekniska förvaltningen",
				LocalDate.now().plusMonths(1));
		TestUsers.signOut();
		// the page's button sends the status and version itself: anything else is answered like other state buttons
		for (String[] tampered : List.of(new String[] { "KLAR", "0" }, new String[] { "DONE", "noll" })) {
			mvc.perform(post("/decisions/" + decision).with(csrf()).with(TestUsers.as(Role.COORDINATOR))
				.param("status", tampered[0]).param("version", tampered[1]).param("note", "Klart"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/meetings/" + meeting))
				.andExpect(flash().attribute("refused", "form.invalidValue"));
		}
		// what the user typed is refused beside the note, and kept
		mvc.perform(post("/decisions/" + decision).with(csrf()).with(TestUsers.as(Role.COORDINATOR))
			.param("status", "DONE").param("version", "0").param("note", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"note-error-" + decision + "\"")))
			.andExpect(content().string(Matchers.containsString("Skriv vad som gjordes innan beslutet markeras som klart.")));
		assertThat(meetings.get(meeting).decisions()).singleElement().satisfies(d -> {
			assertThat(d.status()).isEqualTo(Meetings.DecisionStatus.OPEN);
			assertThat(d.version()).isZero();
		});
	}

	@Test
	void theMeetingAndDecisionFormsStopAtTheLengthsTheMeetingsTake() throws Exception {
		TestUsers.signIn(Role.COORDINATOR);
		ForumId forum = forums.create("Längdtest " + UUID.randomUUID(), null, null);
		MeetingId meeting = meetings.record(meeting(forum, LocalDate.now().minusMonths(1), Set.of()));
		TestUsers.signOut();
		String form = mvc.perform(get("/forums/" + forum + "/meetings/new").with(TestUsers.as(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String page = mvc.perform(get("/meetings/" + meeting).with(TestUsers.as(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form).containsPattern("<input[^>]*name=\"place\"[^>]*maxlength=\"" + Meetings.MAX_PLACE + "\"");
		assertThat(page)
			.containsPattern("<textarea[^>]*name=\"text\"[^>]*maxlength=\"" + Meetings.MAX_DECISION + "\"")
			.containsPattern("<input[^>]*name=\"responsible\"[^>]*maxlength=\"" + Meetings.MAX_RESPONSIBLE + "\"");
	}

	@Test
	void thePublicReadsOnlyPublishedPromisesAndTheirPublishedFollowUps() {
		TestUsers.signIn(Role.COORDINATOR);
		ActorId police = actors.byName("Polisen").orElseThrow().id();
		CitizenPromiseId hidden = promises.record(new CitizenPromises.NewPromise(2024, "Västerås stad", police, null,
				"Ett opublicerat löfte", null, false));
		CitizenPromiseId shown = promises.record(new CitizenPromises.NewPromise(2024, "Västerås stad", police,
				kommun(), "Ett publicerat löfte", null, false));
		promises.followUp(shown, LocalDate.now(), CitizenPromises.Status.ON_TRACK, "Intern anteckning", false);
		promises.followUp(shown, LocalDate.now(), CitizenPromises.Status.DELAYED, "Offentlig uppföljning", true);
		promises.followUp(hidden, LocalDate.now(), CitizenPromises.Status.DONE, "Syns aldrig", true);
		UUID problem = UUID.randomUUID();
		promises.link(shown, CitizenPromises.LinkKind.PROBLEM, problem, "Otrygghet vid resecentrum");
		promises.publish(shown, 0, true);

		assertThat(published.all()).extracting(PublishedPromises.Promise::id).contains(shown).doesNotContain(hidden);
		PublishedPromises.Promise promise = published.all().stream().filter(p -> p.id().equals(shown)).findFirst()
			.orElseThrow();
		assertThat(promise.followUps()).extracting(PublishedPromises.FollowUp::text)
			.containsExactly("Offentlig uppföljning");
		assertThat(promise.policeParty()).isEqualTo("Polisen");
		assertThat(promises.get(shown).links()).extracting(CitizenPromises.Link::ref, CitizenPromises.Link::title)
			.containsExactly(org.assertj.core.api.Assertions.tuple(problem, "Otrygghet vid resecentrum"));
		assertThatThrownBy(() -> promises.link(shown, CitizenPromises.LinkKind.PROBLEM, problem, "Igen"))
			.isInstanceOf(Refusal.class);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = :id").param("id", shown.toString())
			.query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void writesThePromisesAndTheSurveysYearAsAYearNotAsAGroupedNumber() throws Exception {
		TestUsers.signIn(Role.COORDINATOR);
		CitizenPromiseId promise = promises.record(new CitizenPromises.NewPromise(2026, "Västerås stad",
				actors.byName("Polisen").orElseThrow().id(), null, "Ett löfte om belysning vid Bäckbys torg", null, false));
		promises.publish(promise, 0, true);
		TestUsers.signOut();
		String token = openSurvey(2031);
		UUID survey = jdbc.sql("select id from survey where token = :t").param("t", token).query(UUID.class).single();

		for (String html : new String[] { page(get("/promises/" + promise).with(TestUsers.as(Role.COORDINATOR))),
				page(get("/oppen")), page(get("/surveys/" + survey).with(TestUsers.as(Role.COORDINATOR))),
				page(get("/survey/" + token)) }) {
			assertThat(html).doesNotContainPattern("2[\\u00a0\\u202f]0\\d\\d\\b");
		}
		assertThat(page(get("/promises/" + promise).with(TestUsers.as(Role.COORDINATOR)))).contains("Medborgarlöfte 2026");
		assertThat(page(get("/oppen"))).contains("Medborgarlöfte 2026");
		assertThat(page(get("/surveys/" + survey).with(TestUsers.as(Role.COORDINATOR)))).contains(" 2031</span>");
		assertThat(page(get("/survey/" + token))).contains("under 2031.");
	}

	@Test
	void aCoordinatorLinksAProblemPickedByItsTitleNotByPastingItsId() throws Exception {
		TestUsers.signIn(Role.COORDINATOR);
		CitizenPromiseId promise = promises.record(new CitizenPromises.NewPromise(2025, "Västerås stad",
				actors.byName("Polisen").orElseThrow().id(), null, "Ett löfte om tryggare kvällar", null, false));
		TestUsers.signOut();
		InterventionCatalog.ProblemSummary problem = interventions.problems().get(0);
		String choice = "PROBLEM:" + problem.id();
		String before = page(get("/promises/" + promise).with(TestUsers.as(Role.COORDINATOR)));
		assertThat(before).contains("<select id=\"target\" name=\"target\"")
			.contains("<label for=\"target\">Problem eller insats</label>")
			.contains("value=\"" + choice + "\"")
			.contains(org.springframework.web.util.HtmlUtils.htmlEscape(problem.title(), "UTF-8"))
			.doesNotContain("name=\"ref\"");

		mvc.perform(post("/promises/" + promise + "/links").param("target", "PROBLEM:" + UUID.randomUUID())
			.with(TestUsers.as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Välj ett problem eller en insats i listan.")));
		mvc.perform(post("/promises/" + promise + "/links").param("target", choice)
			.with(TestUsers.as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(promises.get(promise).links()).extracting(CitizenPromises.Link::kind, CitizenPromises.Link::ref,
				CitizenPromises.Link::title)
			.containsExactly(org.assertj.core.api.Assertions.tuple(CitizenPromises.LinkKind.PROBLEM, problem.id().value(),
					problem.title()));
		// once linked, it is no longer offered
		assertThat(page(get("/promises/" + promise).with(TestUsers.as(Role.COORDINATOR))))
			.doesNotContain("value=\"" + choice + "\"");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void onlyCoordinatorsAndAdminsChangeForums() {
		TestUsers.signIn(Role.ANALYST);
		assertThatThrownBy(() -> forums.create("Får inte", null, null)).isInstanceOf(AccessDeniedException.class);
		TestUsers.signIn(Role.VIEWER);
		assertThatThrownBy(() -> surveys.create(forums.byName("Trygghetsrådet").orElseThrow().id(), 2030))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aMeetingFormWithAnInvalidDateKeepsWhatWasTypedAndStoresNothing() throws Exception {
		ForumId council = forums.byName("Trygghetsrådet").orElseThrow().id();
		int before = meetings.forForum(council).size();
		mvc.perform(post("/forums/" + council + "/meetings").param("heldOn", "31/12").param("place", "Stadshuset")
			.param("agenda", "Lägesbild").param("present", "actor:not-an-id")
			.with(TestUsers.as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ÅÅÅÅ-MM-DD")))
			.andExpect(content().string(Matchers.containsString("value=\"Stadshuset\"")));
		assertThat(meetings.forForum(council)).hasSize(before);
	}

	@Test
	void listsEveryWrongFieldOfAPromiseAtTheTopOfTheFormLinkedToItAndKeepsTheWordTyped() throws Exception {
		int before = promises.all().size();
		// a word in the year and no police: both at once, not one more after each sending
		mvc.perform(post("/promises").param("year", "tjugotjugosju").param("municipalityParty", "Västerås stad")
			.param("police", "").param("text", "Tryggare torg").with(TestUsers.as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-error-summary")))
			.andExpect(content().string(Matchers.containsString("<a href=\"#year\">Skriv ett heltal.</a>")))
			.andExpect(content().string(Matchers.containsString("<a href=\"#police\">Välj polisen")))
			.andExpect(content().string(Matchers.containsString("value=\"tjugotjugosju\"")))
			.andExpect(content().string(Matchers.containsString("aria-describedby=\"police-error\"")));
		assertThat(promises.all()).hasSize(before);
	}

	@Test
	void aCoordinatorAddsAndRemovesAMemberOnceAndEachChangeIsAudited() throws Exception {
		TestUsers.signIn(Role.COORDINATOR);
		ForumId forum = forums.create("Medlemstest " + UUID.randomUUID(), "Lokal samverkan", 6);
		TestUsers.signOut();
		String region = "actor:" + actors.byName("Region Västmanland").orElseThrow().id();
		mvc.perform(post("/forums/" + forum + "/members").param("participant", region).param("role", "LEDAMOT")
			.with(TestUsers.as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/forums/" + forum + "/members").param("participant", region).param("role", "ORDFORANDE")
			.with(TestUsers.as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("redan medlem")));
		mvc.perform(post("/forums/" + forum + "/members").param("participant", "actor:" + UUID.randomUUID())
			.param("role", "LEDAMOT").with(TestUsers.as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ur listan")));
		List<Forums.Member> members = forums.members(forum);
		assertThat(members).extracting(Forums.Member::name, Forums.Member::role)
			.containsExactly(org.assertj.core.api.Assertions.tuple("Region Västmanland", ForumRole.LEDAMOT));
		mvc.perform(post("/forums/" + forum + "/members/" + members.get(0).id() + "/remove")
			.with(TestUsers.as(Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(forums.members(forum)).isEmpty();
		assertThat(jdbc.sql("select action from audit_entry where subject_id = :id order by id")
			.param("id", forum.toString()).query(String.class).list())
			.containsExactly("collaboration.forum.created", "collaboration.forum.member-added",
					"collaboration.forum.member-removed");
	}

	@Test
	void answersAMalformedIdInACollaborationAddressAsABadRequestNeverAServerError() throws Exception {
		String forum = forums.byName(CollaborationBootstrap.TRYGGHETSRADET).orElseThrow().id().toString();
		for (String page : List.of("/forums/inte-ett-id", "/forums/inte-ett-id/meetings/new", "/meetings/inte-ett-id",
				"/surveys/inte-ett-id", "/promises/inte-ett-id")) {
			mvc.perform(get(page).with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isBadRequest());
		}
		for (String action : List.of("/forums/inte-ett-id", "/forums/" + forum + "/members/inte-ett-id/remove",
				"/meetings/inte-ett-id/decisions", "/decisions/inte-ett-id", "/surveys/inte-ett-id/state",
				"/promises/inte-ett-id/publication")) {
			mvc.perform(post(action).with(csrf()).with(TestUsers.as(Role.COORDINATOR)).param("version", "0"))
				.andExpect(status().isBadRequest());
		}
		// a well-formed id that names nothing is not found
		String unknown = UUID.randomUUID().toString();
		for (String page : List.of("/forums/" + unknown, "/meetings/" + unknown, "/surveys/" + unknown,
				"/promises/" + unknown)) {
			mvc.perform(get(page).with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/forums/" + forum + "/members/" + unknown + "/remove").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isNotFound());
		mvc.perform(post("/decisions/" + unknown).with(csrf()).with(TestUsers.as(Role.COORDINATOR))
			.param("status", "DONE").param("version", "0")).andExpect(status().isNotFound());
		// the survey link's token is not an id: a made-up one is a page the site does not have
		mvc.perform(get("/survey/inte-en-token")).andExpect(status().isNotFound());
	}

	private String openSurvey(int year) {
		TestUsers.signIn(Role.COORDINATOR);
		try {
			ForumId forum = forums.create("Enkättest " + UUID.randomUUID(), null, null);
			SurveyId survey = surveys.create(forum, year);
			surveys.move(survey, 0, Surveys.State.OPEN);
			return surveys.get(survey).token();
		}
		finally {
			TestUsers.signOut();
		}
	}

	private static Meetings.NewMeeting meeting(ForumId forum, LocalDate on, Set<Participant> present) {
		return new Meetings.NewMeeting(forum, on, "Stadshuset", List.of(AgendaItem.topic("Lägesbild")), present, false);
	}

	private PlatformIndicatorSource source(String key) {
		return sources.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
	}

	private AreaId kommun() {
		return areas.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow().id();
	}

}
