package se.trygghet.followup;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.MvcSliceTest;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.identity.UserId;

/**
 * The rounds API on its own (an MVC slice: no database, the read models stubbed, no security filters: who may call it
 * is AuthorizationTests' concern). What the controller decides is the point: a round that is not published does not
 * exist for the public, and a bad id or a missing round is answered as {@code application/problem+json}.
 */
@MvcSliceTest(FollowUpApiController.class)
@Import(RoundReportItems.class)
@AutoConfigureMockMvc(addFilters = false)
class FollowUpApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FollowUpViews views;

	@MockitoBean
	Reports reports;

	@MockitoBean
	NextPlanEndings endings;

	/** Stubbed for every slice ({@link MvcSliceTest}). */
	@Autowired
	CurrentUsers currentUsers;

	private final RoundId round = RoundId.of("3f1c2b9e-1d2e-4f3a-9b8c-7d6e5f4a3b2c");

	private FollowUpViews.RoundRow row(RoundState state) {
		return new FollowUpViews.RoundRow(round, "vasteras-2021-2023", "Handlingsplan", "2023", "Uppföljning 2023",
				LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 15), state, new FollowUpViews.Progress(37, 20, 10),
				new FollowUpViews.Progress(76, 40, 20), false);
	}

	private void signedInAs(Role role) {
		when(currentUsers.current()).thenReturn(Optional
			.of(new CurrentUser(UserId.random(), "lasare", "Läsare", Set.of(role), Set.of())));
	}

	@Test
	void answersAnIdThatIsNotAUuidWithAProblemNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/rounds/inte-ett-id/reports"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'id'")));
	}

	@Test
	void hidesARoundThatIsNotPublishedFromThePublicAsNotFound() throws Exception {
		when(views.round(round)).thenReturn(Optional.of(row(RoundState.OPEN)));
		mvc.perform(get("/api/v1/rounds/{id}/reports", round))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Not Found"));
	}

	@Test
	void showsThatRoundToStaffWhoReadEverything() throws Exception {
		when(views.round(round)).thenReturn(Optional.of(row(RoundState.OPEN)));
		when(reports.ofRound(round)).thenReturn(List.of());
		signedInAs(Role.VIEWER);
		mvc.perform(get("/api/v1/rounds/{id}/reports", round))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$").isArray());
	}

	@Test
	void answersARoundThatDoesNotExistWithAProblem() throws Exception {
		signedInAs(Role.ADMIN);
		mvc.perform(get("/api/v1/rounds/{id}/reports", UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
