package se.trygghet;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.junit.jupiter.api.Test;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * Every page and endpoint against every role: who gets in, who is sent to sign in, who is refused. Write requests are
 * sent with a valid CSRF token, so a refusal here is the authorisation rule, not CSRF. The endpoints are the
 * application's own handler mappings ({@link AuthorizationCoverage}): one without a rule here fails.
 */
@PlatformIntegrationTest
class AuthorizationTests {

	static final String PLAN = "/plans/vasteras-2021-2023";

	/** No item of any plan: the item pages of the next plan answer 404 once the rule lets the caller through. */
	static final String NO_ITEM = "00000000-0000-0000-0000-000000000000";

	static final Set<Role> ALL = EnumSet.allOf(Role.class);

	/**
	 * Every role that reads internal pages: all but field reporters, who see only their own incident reports, and
	 * partners, who see only what is shared with their organisation.
	 */
	static final Set<Role> INTERNAL = EnumSet.complementOf(EnumSet.of(Role.FIELD_REPORTER, Role.PARTNER));

	/** Those who report incidents: the analysts and field staff. */
	static final Set<Role> FIELD = EnumSet.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN, Role.FIELD_REPORTER);

	/** Internal readers and partners, who see only what is shared with their organisation. */
	static final Set<Role> WITH_PARTNERS = EnumSet.complementOf(EnumSet.of(Role.FIELD_REPORTER));

	static final Set<Role> EDITORS = EnumSet.of(Role.COORDINATOR, Role.ADMIN);

	static final Set<Role> ANALYSTS = EnumSet.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN);

	/** Staff who read internal figures as stored: the evidence beside a draft plan (not committee reporters). */
	static final Set<Role> EVIDENCE_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER);

	/** Partner endpoints: an API token is the only way in, so every session role is answered 401 like nobody. */
	static final Set<Role> BEARER_ONLY = EnumSet.noneOf(Role.class);

	static final String NO_ROUND = "00000000-0000-0000-0000-000000000000";

	/** A number nothing has (a resident report's photo, an Open311 request): passing the rule shows as 404. */
	static final String NO_NUMBER = "999999999";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	se.trygghet.followup.FollowUpTestAccess rounds;

	/** Spring MVC's controllers, the actuator's and springdoc's: every URL the application answers. */
	@Autowired
	List<org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping> handlerMappings;

	record Rule(String method, String path, boolean anonymous, Set<Role> allowed) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	static List<Rule> rules() {
		String goal = "{goal}";
		String indicator = "{indicator}";
		return List.of(new Rule("GET", "/", true, ALL), new Rule("GET", "/login", true, ALL),
				new Rule("GET", "/api/v1/plans", true, ALL), new Rule("GET", "/api/v1/plans/vasteras-2021-2023", true, ALL),
				new Rule("GET", "/v3/api-docs", true, ALL), new Rule("GET", "/actuator/health", true, ALL),
				// search: every role that reads something it finds (field staff do not); the sources limit the hits
				new Rule("GET", "/search?q=trygghet", false, WITH_PARTNERS),
				new Rule("GET", "/api/v1/search?q=4.5", false, WITH_PARTNERS),
				new Rule("GET", "/plans", false, INTERNAL), new Rule("GET", PLAN, false, INTERNAL),
				new Rule("GET", PLAN + "?focusArea=2", false, INTERNAL), new Rule("GET", PLAN + "/activities/2.3", false, INTERNAL),
				new Rule("GET", PLAN + "/organisation", false, INTERNAL), new Rule("GET", PLAN + "/history", false, INTERNAL),
				new Rule("GET", "/planning/vasteras-2021-2023/evidence", false, EVIDENCE_READERS),
				new Rule("GET", "/planning/vasteras-2021-2023/evidence?area=2", false, EVIDENCE_READERS),
				new Rule("POST", "/planning/vasteras-2021-2023/introduction", false, EDITORS),
				new Rule("POST", "/planning/vasteras-2021-2023/problems/" + NO_ITEM + "/links", false, EDITORS),
				new Rule("POST", "/planning/vasteras-2021-2023/problems/" + NO_ITEM + "/links/remove", false, EDITORS),
				// what crime costs (issue 16.5): read by the staff who read internal figures, entered by coordinators
				new Rule("GET", "/costs", false, EVIDENCE_READERS), new Rule("GET", "/costs?year=2020", false, EVIDENCE_READERS),
				new Rule("GET", "/api/v1/costs/2020", false, EVIDENCE_READERS),
				new Rule("GET", "/costs/units/klotter/CONSEQUENCE", false, EDITORS),
				new Rule("POST", "/costs/units/klotter/CONSEQUENCE", false, EDITORS),
				new Rule("POST", "/costs/index", false, EDITORS),
				new Rule("GET", PLAN + "/committees/{committee}", false, INTERNAL),
				new Rule("GET", PLAN + "/activities/2.3/edit", false, EDITORS),
				new Rule("GET", PLAN + "/focus-areas/1/edit", false, EDITORS),
				new Rule("GET", PLAN + "/goals/" + goal + "/edit", false, EDITORS),
				new Rule("GET", PLAN + "/indicators/" + indicator + "/edit", false, EDITORS),
				new Rule("GET", PLAN + "/adopt", false, EDITORS), new Rule("GET", PLAN + "/export", false, EDITORS),
				new Rule("GET", "/plans/import", false, EDITORS), new Rule("POST", "/plans/import", false, EDITORS),
				new Rule("POST", PLAN + "/activities/2.3/edit", false, EDITORS),
				new Rule("POST", PLAN + "/activities/2.3/confirm-lead", false, EDITORS),
				// the indicators an activity names itself; sent empty, as here, it names none (which is how it stands)
				new Rule("GET", PLAN + "/activities/2.3/indicators", false, EDITORS),
				new Rule("POST", PLAN + "/activities/2.3/indicators", false, EDITORS),
				new Rule("POST", PLAN + "/focus-areas/1/edit", false, EDITORS),
				new Rule("POST", PLAN + "/goals/" + goal + "/edit", false, EDITORS),
				new Rule("POST", PLAN + "/indicators/" + indicator + "/edit", false, EDITORS),
				new Rule("POST", PLAN + "/adopt", false, EDITORS),
				new Rule("GET", PLAN + "/focus-areas/2/activities/new", false, EDITORS),
				new Rule("POST", PLAN + "/focus-areas/2/activities", false, EDITORS),
				// a plan that does not exist: passing the rule then shows as 404, and nothing real is archived
				new Rule("POST", "/plans/ingen-plan/archive", false, EDITORS),
				// consultations: the list for every internal reader; a consultation that does not exist (404 once the
				// rule is passed) for the coordinators' steps and the committees' answers, so nothing real changes
				new Rule("GET", "/consultations", false, INTERNAL),
				new Rule("GET", "/consultations/new?plan=" + NO_ROUND, false, EDITORS),
				new Rule("POST", "/consultations", false, EDITORS),
				new Rule("GET", "/consultations/" + NO_ROUND, false, EDITORS),
				new Rule("POST", "/consultations/" + NO_ROUND + "/close", false, EDITORS),
				new Rule("GET", "/consultations/" + NO_ROUND + "/comments/" + NO_ROUND + "/reply", false, EDITORS),
				new Rule("POST", "/consultations/" + NO_ROUND + "/comments/" + NO_ROUND + "/reply", false, EDITORS),
				new Rule("GET", "/consultations/" + NO_ROUND + "/committees/{committee}", false,
						EnumSet.of(Role.COORDINATOR, Role.ADMIN, Role.COMMITTEE_REPORTER)),
				new Rule("GET", "/consultations/" + NO_ROUND + "/committees/{committee}/activities/1.1", false,
						EnumSet.of(Role.COMMITTEE_REPORTER)),
				new Rule("POST", "/consultations/" + NO_ROUND + "/committees/{committee}/activities/1.1", false,
						EnumSet.of(Role.COMMITTEE_REPORTER)),
				new Rule("GET", "/consultations/" + NO_ROUND + "/committees/{committee}/whole", false,
						EnumSet.of(Role.COMMITTEE_REPORTER)),
				new Rule("POST", "/consultations/" + NO_ROUND + "/committees/{committee}/whole", false,
						EnumSet.of(Role.COMMITTEE_REPORTER)),
				new Rule("POST", "/consultations/" + NO_ROUND + "/committees/{committee}/submit", false,
						EnumSet.of(Role.COMMITTEE_REPORTER)),
				// the next plan and amendments: readers see the comparison, coordinators draw, choose and amend (a plan
				// that does not exist for the changes, so that nothing real is drawn or amended)
				// (Västerås' plan was drawn from none: a plan that does not exist shows passing the rule as 404)
				new Rule("GET", "/plans/ingen-plan/comparison", false, INTERNAL),
				new Rule("GET", "/plans/ingen-plan/comparison/pdf", false, INTERNAL),
				new Rule("GET", PLAN + "/next", false, EDITORS), new Rule("POST", "/plans/ingen-plan/next", false, EDITORS),
				new Rule("GET", "/plans/ingen-plan/succession/2.3", false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/succession/2.3", false, EDITORS),
				new Rule("GET", "/plans/ingen-plan/succession/indicators/" + NO_ITEM, false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/succession/indicators/" + NO_ITEM, false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/succession/indicators/" + NO_ITEM + "/end", false, EDITORS),
				new Rule("GET", "/plans/ingen-plan/succession/goals/" + NO_ITEM, false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/succession/goals/" + NO_ITEM, false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/succession/goals/" + NO_ITEM + "/end", false, EDITORS),
				new Rule("GET", "/plans/ingen-plan/succession/focus-areas/1", false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/succession/focus-areas/1", false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/succession/focus-areas/1/end", false, EDITORS),
				new Rule("GET", PLAN + "/amendment", false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/amendment/open", false, EDITORS),
				new Rule("POST", "/plans/ingen-plan/amendment/close", false, EDITORS),
				new Rule("GET", "/rounds", false, INTERNAL), new Rule("GET", "/rounds/{round}", false, INTERNAL),
				new Rule("POST", "/rounds", false, EDITORS),
				new Rule("GET", "/rounds/{round}/export", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER)),
				new Rule("GET", "/rounds/{round}/export?format=csv", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER)),
				// rounds that do not exist: passing the rule shows as 404, and no real round moves
				new Rule("POST", "/rounds/" + NO_ROUND + "/open", false, EDITORS),
				new Rule("POST", "/rounds/" + NO_ROUND + "/close", false, EDITORS),
				new Rule("POST", "/rounds/" + NO_ROUND + "/publish", false, EDITORS),
				new Rule("POST", "/rounds/" + NO_ROUND + "/next", false, EDITORS),
				new Rule("POST", "/rounds/" + NO_ROUND + "/annual-reports", false, EDITORS),
				new Rule("GET", "/annual-reports/" + NO_ROUND + "/pdf", false, INTERNAL),
				new Rule("GET", "/annual-reports/" + NO_ROUND + "/docx", false, INTERNAL),
				new Rule("GET", "/attachments/" + NO_ROUND, false, INTERNAL),
				new Rule("POST", "/reports/{report}/attachments", false, EnumSet.noneOf(Role.class)),
				new Rule("POST", "/reports/{report}/autosave", false, EnumSet.noneOf(Role.class)),
				new Rule("POST", "/reports/{report}/attachments/" + NO_ROUND + "/delete", false,
						EnumSet.noneOf(Role.class)),
				new Rule("GET", "/reports/{report}", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER)),
				new Rule("POST", "/reports/{report}", false, EnumSet.noneOf(Role.class)),
				new Rule("GET", "/reports/{versioned}/versions/1", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER)),
				new Rule("POST", "/reports/{report}/review", false, EDITORS),
				new Rule("GET", "/my-reports", false, EnumSet.of(Role.COMMITTEE_REPORTER)),
				new Rule("GET", "/api/v1/rounds", true, ALL),
				new Rule("GET", "/audit", false, EnumSet.of(Role.ADMIN, Role.COORDINATOR)),
				new Rule("GET", "/admin/users", false, EnumSet.of(Role.ADMIN)),
				new Rule("GET", "/admin/users/new", false, EnumSet.of(Role.ADMIN)),
				new Rule("GET", "/admin/outbox", false, EnumSet.of(Role.ADMIN)),
				new Rule("GET", "/admin/indicator-categories", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/admin/indicator-categories", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/admin/users", false, EnumSet.of(Role.ADMIN)),
				new Rule("GET", "/admin/users/{user}", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/admin/users/{user}", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/admin/users/{user}/password", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/admin/users/{user}/unlock", false, EnumSet.of(Role.ADMIN)),
				new Rule("GET", "/indicators/imports", false, EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ANALYST)),
				new Rule("GET", "/indicators/imports/" + NO_ROUND, false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ANALYST)),
				// in tests Kolada's base URL is a closed local port, so the run fails at once without the internet
				new Rule("POST", "/indicators/imports/kolada", false, EDITORS),
				new Rule("GET", "/indicators/import", false, EDITORS), new Rule("POST", "/indicators/import", false, EDITORS),
				// an upload that does not exist: passing the rule shows as 404
				new Rule("GET", "/indicators/import/" + NO_ROUND, false, EDITORS),
				new Rule("POST", "/indicators/import/" + NO_ROUND, false, EDITORS),
				new Rule("GET", "/areas", false, INTERNAL), new Rule("GET", "/areas/{area}", false, INTERNAL),
				new Rule("GET", "/areas/import", false, EDITORS), new Rule("POST", "/areas/import", false, EDITORS),
				new Rule("GET", "/areas/addresses", false, EDITORS), new Rule("POST", "/areas/addresses", false, EDITORS),
				new Rule("GET", "/indicators", false, INTERNAL), new Rule("GET", "/indicators?focusArea=2", false, INTERNAL),
				new Rule("GET", "/indicators/" + indicator, false, INTERNAL),
				new Rule("GET", "/indicators/" + indicator + "?breakdown=area", false, INTERNAL),
				new Rule("GET", "/api/v1/indicators", true, ALL),
				new Rule("GET", "/api/v1/indicators/" + indicator + "/measurements", true, ALL),
				new Rule("GET", "/api/v1/indicators/" + indicator + "/measurements?format=csv", true, ALL),
				new Rule("GET", "/api/v1/areas", true, ALL), new Rule("GET", "/api/v1/areas/{area}", true, ALL),
				new Rule("GET", "/webjars/leaflet/dist/leaflet.js", true, ALL),
				new Rule("GET", "/incidents/new", false, FIELD), new Rule("GET", "/incidents/mine", false, FIELD),
				new Rule("GET", "/situation", false, ANALYSTS), new Rule("GET", "/situation?period=2026-Q1", false, ANALYSTS),
				new Rule("GET", "/situation/hotspots", false, ANALYSTS), new Rule("GET", "/api/v1/hotspots", false, ANALYSTS),
				new Rule("GET", "/situation/method", false, ANALYSTS),
				// issue 16.3: every table's Excel and CSV download has exactly its page's rule
				new Rule("GET", "/indicators/table/xlsx", false, INTERNAL),
				new Rule("GET", "/indicators/table/csv?focusArea=2", false, INTERNAL),
				new Rule("GET", "/indicators/" + indicator + "/table/xlsx", false, INTERNAL),
				new Rule("GET", "/indicators/" + indicator + "/table/csv?breakdown=area", false, INTERNAL),
				new Rule("GET", "/situation/2026-W10/table/xlsx", false, ANALYSTS),
				new Rule("GET", "/situation/2026-Q1/table/csv", false, ANALYSTS),
				new Rule("GET", "/situation/hotspots/table/xlsx", false, ANALYSTS),
				new Rule("GET", "/situation/hotspots/table/csv", false, ANALYSTS),
				new Rule("GET", "/rounds/{round}/table/xlsx", false, INTERNAL),
				new Rule("GET", "/rounds/{round}/table/csv", false, INTERNAL),
				// an evaluation that does not exist: passing the rule shows as 404; a partner is refused the intervention
				new Rule("GET", "/interventions/{intervention}/evaluations/" + NO_ROUND + "/table/xlsx", false, INTERNAL),
				new Rule("GET", "/interventions/{intervention}/evaluations/" + NO_ROUND + "/table/csv", false, INTERNAL),
				// an empty form: passing the rule shows the form again with its errors, and nothing is stored
				new Rule("POST", "/incidents", false, FIELD),
				new Rule("GET", "/incidents/import", false, ANALYSTS), new Rule("POST", "/incidents/import", false, ANALYSTS),
				new Rule("GET", "/swagger-ui.html", true, ALL), new Rule("GET", "/css/app.css", true, ALL),
				new Rule("GET", "/webjars/htmx.org/dist/htmx.min.js", true, ALL),
				// actors
				new Rule("GET", "/actors", false, INTERNAL), new Rule("POST", "/actors", false, EDITORS),
				// partner API tokens, the partner incident API and Polisen's feed
				new Rule("GET", "/admin/api-tokens", false, EnumSet.of(Role.ADMIN)),
				// an empty form: passing the rule shows the form again with its errors, and no token is issued
				new Rule("POST", "/admin/api-tokens", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/admin/api-tokens/" + NO_ROUND + "/revoke", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/api/v1/incidents", false, BEARER_ONLY),
				new Rule("GET", "/api/v1/incidents/" + NO_ROUND, false, BEARER_ONLY),
				// the feed is off in tests (app.polisen.enabled=false): passing the rule records nothing fetched
				new Rule("POST", "/situation/police/fetch", false, ANALYSTS),
				// collaboration: forums, meetings, surveys (the answer page is public), medborgarlöften; the forms are
				// posted empty, so passing the rule shows the form again with its errors and nothing is stored
				// a partner reads the lists (filtered to its organisation); another organisation's forum is refused
				new Rule("GET", "/forums", false, WITH_PARTNERS), new Rule("GET", "/forums/{forum}", false, INTERNAL),
				new Rule("POST", "/forums", false, EDITORS), new Rule("POST", "/forums/{forum}", false, EDITORS),
				new Rule("POST", "/forums/{forum}/members", false, EDITORS),
				new Rule("POST", "/forums/{forum}/members/" + NO_ROUND + "/remove", false, EDITORS),
				new Rule("POST", "/forums/{forum}/surveys", false, EDITORS),
				new Rule("GET", "/forums/{forum}/meetings/new", false, EDITORS),
				new Rule("POST", "/forums/{forum}/meetings", false, EDITORS),
				new Rule("GET", "/meetings/{meeting}", false, INTERNAL),
				new Rule("POST", "/meetings/{meeting}/decisions", false, EDITORS),
				new Rule("POST", "/decisions/{decision}", false, EDITORS),
				new Rule("GET", "/surveys/{survey}", false, INTERNAL),
				new Rule("POST", "/surveys/{survey}/state", false, EDITORS),
				new Rule("GET", "/survey/{token}", true, ALL), new Rule("POST", "/survey/{token}", true, ALL),
				new Rule("GET", "/promises", false, INTERNAL), new Rule("GET", "/promises/{promise}", false, INTERNAL),
				new Rule("POST", "/promises", false, EDITORS), new Rule("POST", "/agreements", false, EDITORS),
				new Rule("POST", "/promises/{promise}/follow-ups", false, EDITORS),
				new Rule("POST", "/promises/{promise}/links", false, EDITORS),
				new Rule("POST", "/promises/" + NO_ROUND + "/publication", false, EDITORS),
				// public site for residents: everyone, signed in or not
				new Rule("GET", "/oppen", true, ALL), new Rule("GET", "/oppen/plan", true, ALL),
				new Rule("GET", "/oppen/aktiviteter/1.1", true, ALL), new Rule("GET", "/oppen/indikatorer", true, ALL),
				new Rule("GET", "/oppen/indikatorer/{indicator}", true, ALL), new Rule("GET", "/oppen/omraden", true, ALL),
				new Rule("GET", "/oppen/omraden/{area}", true, ALL),
				// the period's PDF and the joint yearly lägesbild (a year no other test writes)
				new Rule("GET", "/situation/2026-W47/pdf", false, ANALYSTS),
				new Rule("GET", "/situation/2026-Q1/pdf", false, ANALYSTS),
				new Rule("GET", "/situation/joint", false, ANALYSTS), new Rule("GET", "/situation/joint/2019", false, ANALYSTS),
				new Rule("GET", "/situation/joint/2019/pdf", false, ANALYSTS),
				new Rule("GET", "/situation/joint/2019/docx", false, ANALYSTS),
				new Rule("POST", "/situation/joint/2019/texts", false, ANALYSTS),
				new Rule("POST", "/situation/joint/2019/problems", false, ANALYSTS),
				new Rule("POST", "/situation/joint/2019/problems/" + NO_ROUND + "/move", false, ANALYSTS),
				new Rule("POST", "/situation/joint/2019/problems/" + NO_ROUND + "/remove", false, ANALYSTS),
				new Rule("POST", "/situation/joint/2019/decide", false, ANALYSTS),
				new Rule("POST", "/situation/joint/2019/reopen", false, ANALYSTS),
				// hot-spot map layers: kernel density and incident clusters; the map's grid and its counts per cell
				new Rule("GET", "/api/v1/hotspots/density", false, ANALYSTS),
				new Rule("GET", "/api/v1/hotspots/grid", false, ANALYSTS),
				new Rule("GET", "/api/v1/hotspots/counts", false, ANALYSTS),
				new Rule("GET", "/api/v1/incidents/clusters?bbox=16.5,59.6,16.6,59.7&zoom=12", false, ANALYSTS),
				// intervention: problems, cause analysis, interventions, evaluations, feedback (empty forms come back
				// with their errors, nothing stored)
				new Rule("GET", "/problems", false, WITH_PARTNERS), new Rule("GET", "/problems/new", false, ANALYSTS),
				new Rule("POST", "/problems", false, ANALYSTS), new Rule("GET", "/problems/{problem}", false, INTERNAL),
				new Rule("GET", "/problems/{problem}/edit", false, ANALYSTS),
				new Rule("POST", "/problems/{problem}", false, ANALYSTS),
				new Rule("POST", "/problems/{problem}/status", false, ANALYSTS),
				new Rule("GET", "/problems/{problem}/analysis", false, ANALYSTS),
				new Rule("POST", "/problems/{problem}/analysis", false, ANALYSTS),
				new Rule("POST", "/problems/{problem}/dialogues", false, ANALYSTS),
				new Rule("POST", "/problems/{problem}/feedback", false, ANALYSTS),
				new Rule("GET", "/problems/{problem}/interventions/new", false, ANALYSTS),
				new Rule("POST", "/problems/{problem}/interventions", false, ANALYSTS),
				new Rule("GET", "/interventions/{intervention}", false, INTERNAL),
				new Rule("GET", "/interventions/{intervention}/edit", false, ANALYSTS),
				new Rule("POST", "/interventions/{intervention}", false, ANALYSTS),
				new Rule("POST", "/interventions/{intervention}/status", false, ANALYSTS),
				new Rule("POST", "/interventions/{intervention}/evaluations", false, ANALYSTS),
				// resident reports: public form and private links (a link that leads nowhere shows as 404), Open311
				// open data (an empty POST is refused for its missing service_code before its key), staff cases
				new Rule("GET", "/rapportera", true, ALL), new Rule("POST", "/rapportera", true, ALL),
				// the address search: open to all, counted against a search allowance per client (RateLimit)
				new Rule("GET", "/rapportera/adress?q=stora", true, ALL),
				new Rule("GET", "/rapportera/" + NO_ROUND + "0000000", true, ALL),
				new Rule("GET", "/rapportera/" + NO_ROUND + "0000000/foto", true, ALL),
				new Rule("POST", "/rapportera/" + NO_ROUND + "0000000/inte-atgardat", true, ALL),
				new Rule("POST", "/rapportera/0/samma", true, ALL),
				new Rule("GET", "/rapportera/foto/" + NO_ROUND, true, ALL),
				new Rule("GET", "/open311/v2/discovery.json", true, ALL), new Rule("GET", "/open311/v2/discovery.xml", true, ALL),
				new Rule("GET", "/open311/v2/services.json", true, ALL), new Rule("GET", "/open311/v2/services.xml", true, ALL),
				new Rule("GET", "/open311/v2/services/belysning.json", true, ALL),
				new Rule("GET", "/open311/v2/requests.json", true, ALL), new Rule("GET", "/open311/v2/requests.xml", true, ALL),
				new Rule("POST", "/open311/v2/requests.json", true, ALL),
				new Rule("GET", "/open311/v2/tokens/" + NO_ROUND + ".json", true, ALL),
				new Rule("GET", "/resident-reports", false, EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER)),
				new Rule("GET", "/resident-reports/response-times", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER)),
				new Rule("GET", "/resident-reports/" + NO_ROUND, false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER)),
				new Rule("GET", "/resident-reports/" + NO_ROUND + "/photo", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER)),
				new Rule("POST", "/resident-reports/" + NO_ROUND + "/moderation", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER)),
				new Rule("POST", "/resident-reports/" + NO_ROUND + "/status", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER)),
				new Rule("POST", "/resident-reports/" + NO_ROUND + "/duplicate", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER)),
				new Rule("POST", "/resident-reports/" + NO_ROUND + "/original/delete", false,
						EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER)),
				new Rule("GET", "/admin/open311-keys", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/admin/open311-keys", false, EnumSet.of(Role.ADMIN)),
				new Rule("POST", "/admin/open311-keys/" + NO_ROUND + "/revoke", false, EnumSet.of(Role.ADMIN)),
				// found by the handler mappings (AuthorizationCoverage): the OpenAPI description in YAML and swagger-ui's
				// settings, the health groups, the actuator's index (no rule names it, so it is denied), the error page
				// (called without an error it answers 500, which is reaching it), a published round's reports, a
				// public photo and an Open311 request that do not exist (404), the week's note (posted empty: 400)
				new Rule("GET", "/v3/api-docs.yaml", true, ALL), new Rule("GET", "/v3/api-docs/swagger-config", true, ALL),
				new Rule("GET", "/actuator/health/readiness", true, ALL),
				new Rule("GET", "/actuator", false, EnumSet.noneOf(Role.class)), new Rule("GET", "/error", true, ALL),
				new Rule("GET", "/api/v1/rounds/{published}/reports", true, ALL),
				new Rule("GET", "/rapportera/foto/" + NO_NUMBER, true, ALL),
				new Rule("GET", "/open311/v2/requests/" + NO_NUMBER + ".json", true, ALL),
				new Rule("POST", "/situation/2026-W47/note", false, ANALYSTS),
				new Rule("GET", "/no-such-page", false, EnumSet.noneOf(Role.class)),
				// help (issue 16.6): every signed-in role reads every staff page; residents the public ones
				new Rule("GET", "/help", false, ALL), new Rule("GET", "/help/gi-star", false, ALL),
				new Rule("GET", "/oppen/hjalp", true, ALL), new Rule("GET", "/oppen/hjalp/disclosure", true, ALL));
	}

	/**
	 * Every pattern and method the application maps, each with its rules applied to every role (and to nobody signed
	 * in); a mapping without a rule is a failing test of its own. Then the rules for paths no controller maps (static
	 * files, a page that does not exist).
	 */
	@TestFactory
	Stream<DynamicContainer> appliesTheRuleOfEveryMappedPageAndEndpointToEveryRole() {
		Set<AuthorizationCoverage.Endpoint> endpoints = AuthorizationCoverage.endpoints(
				handlerMappings.stream().flatMap(mapping -> mapping.getHandlerMethods().keySet().stream()).toList());
		return AuthorizationCoverage.assign(endpoints, rules()).entrySet().stream().map(entry -> {
			String name = entry.getKey().map(Object::toString).orElse("paths no controller maps");
			if (entry.getValue().isEmpty()) {
				return DynamicContainer.dynamicContainer(name, Stream.of(DynamicTest.dynamicTest("has a rule", () -> {
					throw new AssertionError(name + " has no rule in AuthorizationTests.rules(): add one for every role");
				})));
			}
			return DynamicContainer.dynamicContainer(name, entry.getValue().stream().flatMap(rule -> {
				List<Role> roles = new ArrayList<>();
				roles.add(null);
				roles.addAll(List.of(Role.values()));
				return roles.stream().map(role -> DynamicTest.dynamicTest(rule + " as " + role, () -> check(rule, role)));
			}));
		});
	}

	private void check(Rule rule, Role role) throws Exception {
		String path = rule.path()
			.replace("{problem}", rule.path().contains("{problem}") ? problemId() : "")
			.replace("{intervention}", rule.path().contains("{intervention}") ? interventionId() : "")
			.replace("{committee}", id("select id::text from committee where short_name = 'KS'"))
			.replace("{user}", id("select id::text from app_user where username = 'lasare'"))
			.replace("{round}", roundId())
			.replace("{published}", rule.path().contains("{published}")
					? id("select id::text from reporting_round where demo and state = 'PUBLISHED' limit 1") : "")
			.replace("{report}", id("select id::text from report where round_id = '" + roundId() + "' limit 1"))
			.replace("{versioned}", versionedReportId())
			.replace("{area}", id("select id::text from area where level = 'KOMMUN' and code = '1980'"))
			.replace("{goal}", id("select g.id::text from goal g join focus_area f on f.id = g.focus_area_id "
					+ "join action_plan p on p.id = f.plan_id where p.plan_key = 'vasteras-2021-2023' limit 1"))
			.replace("{forum}", id("select id::text from forum where name = 'Trygghetsrådet'"))
			.replace("{meeting}", id("select id::text from meeting where demo limit 1"))
			.replace("{decision}", id("select d.id::text from meeting_decision d join meeting m on m.id = d.meeting_id "
					+ "where m.demo limit 1"))
			.replace("{survey}", id("select id::text from survey where demo limit 1"))
			.replace("{token}", id("select token from survey where demo limit 1"))
			.replace("{promise}", id("select id::text from citizen_promise where demo limit 1"))
			.replace("{indicator}", id("select i.id::text from indicator i join focus_area f on f.id = i.focus_area_id "
					+ "join action_plan p on p.id = f.plan_id where p.plan_key = 'vasteras-2021-2023' limit 1"));
		MockHttpServletRequestBuilder request = rule.method().equals("GET") ? get(path) : post(path).with(csrf());
		// a client address of its own: the residents' form counts every submission per address
		request.with(r -> {
			r.setRemoteAddr("10.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
					+ java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255));
			return r;
		});
		if (role != null) {
			request.with(TestUsers.as(role, UUID.randomUUID()));
		}
		if (role == null && !rule.anonymous() && path.startsWith("/api/")) {
			// API clients are told, not redirected to a login page
			mvc.perform(request).andExpect(status().isUnauthorized());
		}
		else if (role == null && !rule.anonymous()) {
			mvc.perform(request)
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		}
		else if (rule.allowed() == BEARER_ONLY) {
			// a signed-in browser user must not reach a partner endpoint, with or without a CSRF token
			mvc.perform(request).andExpect(status().isUnauthorized());
		}
		else if (role == null || rule.allowed().contains(role)) {
			mvc.perform(request).andExpect(result -> {
				int status = result.getResponse().getStatus();
				boolean missingOnPurpose = status == 404
						&& (path.contains("ingen-plan") || path.contains(NO_ROUND) || path.contains(NO_NUMBER));
				boolean errorPageWithoutError = path.equals("/error") && status == 500;
				if (status == 401 || status == 403 || (status == 404 && !missingOnPurpose)
						|| (status >= 500 && !errorPageWithoutError)) {
					throw new AssertionError(rule + " as " + role + " should be allowed, got " + status);
				}
			});
		}
		else {
			mvc.perform(request).andExpect(status().isForbidden());
		}
	}

	@Test
	void answersApiClientsWithProblemJsonInsteadOfALoginRedirect() throws Exception {
		mvc.perform(get("/api/v1/plans/no-such-plan").accept("application/json"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
	}

	/** The README's list of who uses the platform says who reads the audit log; it must say what the rule does. */
	@Test
	void theReadmeNamesTheRolesThatReadTheAuditLog() throws Exception {
		Set<Role> readers = rules().stream()
			.filter(r -> r.method().equals("GET") && r.path().equals("/audit"))
			.findFirst()
			.orElseThrow()
			.allowed();
		String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md"))
			.stream()
			.filter(l -> l.startsWith("- **") && l.contains("audit log"))
			.findFirst()
			.orElseThrow()
			.toLowerCase(java.util.Locale.ROOT);
		java.util.Map<Role, String> named = java.util.Map.of(Role.ADMIN, "administrators", Role.COORDINATOR,
				"coordinators", Role.ANALYST, "analysts", Role.VIEWER, "council members");
		named.forEach((role, words) -> org.assertj.core.api.Assertions.assertThat(line.contains(words))
			.as("README names " + words + " as readers of the audit log")
			.isEqualTo(readers.contains(role)));
	}

	@Test
	void refusesAWriteWithoutCsrfToken() throws Exception {
		mvc.perform(post(PLAN + "/archive").with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isForbidden());
	}

	/**
	 * A round of its own, opened, so its report pages exist. The reporter's random committee owns no report, so the
	 * service refuses a reporter here (403) exactly as the URL rules refuse the others.
	 */
	private String roundId() {
		return jdbc.sql("select id::text from reporting_round where period = 'behörighet'").query(String.class)
			.optional()
			.orElseGet(() -> {
				se.trygghet.identity.TestUsers.signIn(Role.COORDINATOR);
				try {
					UUID round = rounds.planRound(
							new se.trygghet.plan.ActionPlanId(UUID.fromString(
									id("select id::text from action_plan where plan_key = 'vasteras-2021-2023'"))),
							"behörighet", "Behörighetstest", java.time.LocalDate.of(2020, 1, 1),
							java.time.LocalDate.of(2099, 1, 1));
					rounds.openRound(round);
					return round.toString();
				}
				finally {
					se.trygghet.identity.TestUsers.signOut();
				}
			});
	}

	/** A problem of its own for the intervention rows, stored as the service would store it. */
	private String problemId() {
		return jdbc.sql("select id::text from problem where title = 'Behörighetstest'").query(String.class).optional()
			.orElseGet(() -> {
				String id = UUID.randomUUID().toString();
				jdbc.sql("""
						insert into problem (id, title, period_from, period_to, priority, status, created_by, created_at,
						                     updated_at)
						values (cast(:id as uuid), 'Behörighetstest', date '2026-01-01', date '2026-03-31', 'MEDEL',
						        'IDENTIFIERAT', 'test', now(), now())
						""").param("id", id).update();
				return id;
			});
	}

	private String interventionId() {
		String problem = problemId();
		return jdbc.sql("select id::text from intervention where problem_id = cast(:p as uuid)").param("p", problem)
			.query(String.class).optional().orElseGet(() -> {
				String id = UUID.randomUUID().toString();
				jdbc.sql("""
						insert into intervention (id, problem_id, title, kind, committees, starts_on, expected_effect,
						                          categories, evidence_level, status, created_by, created_at, updated_at)
						values (cast(:id as uuid), cast(:p as uuid), 'Behörighetstest', 'SOCIAL',
						        (select array_agg(id) from committee where short_name = 'KS'), date '2026-04-01',
						        'Färre händelser', '{klotter}', 'OKANT', 'PLANERAD', 'test', now(), now())
						""").param("id", id).param("p", problem).update();
				return id;
			});
	}

	private String versionedReportId() {
		return jdbc.sql("select v.report_id::text from report_version v join report r on r.id = v.report_id "
				+ "join reporting_round o on o.id = r.round_id where o.period = 'behörighet' limit 1")
			.query(String.class)
			.optional()
			.orElseGet(() -> rounds.versionedReport(UUID.fromString(roundId())).toString());
	}

	private String id(String sql) {
		return jdbc.sql(sql).query(String.class).single();
	}

}
