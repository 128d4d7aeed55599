package se.trygghet.followup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.MvcSliceTest;
import se.trygghet.system.TemplateFragments;

/**
 * The follow-up's pages on their own (an MVC slice, services stubbed, no security filters): ids in URLs bind to the
 * follow-up's id types, and one that is not an id is a bad request, never an error of the server.
 */
@MvcSliceTest(FollowUpController.class)
@AutoConfigureMockMvc(addFilters = false)
class FollowUpControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FollowUp followUp;

	@MockitoBean
	FollowUpPages pages;

	@MockitoBean
	ReportExport export;

	@MockitoBean
	AnnualReports annualReports;

	@MockitoBean
	TemplateFragments fragments;

	@MockitoBean
	Clock clock;

	private static final RoundId ROUND = RoundId.of("3f1c2b9e-1d2e-4f3a-9b8c-7d6e5f4a3b2c");

	@Test
	void answersARoundOrReportIdThatIsNotAnIdAsABadRequest() throws Exception {
		mvc.perform(get("/rounds/inte-ett-id")).andExpect(status().isBadRequest());
		mvc.perform(get("/rounds/inte-ett-id/export")).andExpect(status().isBadRequest());
		mvc.perform(get("/reports/inte-ett-id")).andExpect(status().isBadRequest());
		mvc.perform(get("/reports/12345/versions/1")).andExpect(status().isBadRequest());
		verifyNoInteractions(followUp, pages, export);
	}

	@Test
	void bindsTheRoundIdOfTheUrlToTheRoundsExport() throws Exception {
		when(export.file(eq(ROUND), eq("csv"), any(Locale.class))).thenReturn(new ReportExport.File(
				"rapporter-vasteras-2021-2023-2023.csv", new MediaType("text", "csv"), new byte[] { 'a' }));
		mvc.perform(get("/rounds/{id}/export", ROUND).param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("rapporter-vasteras-2021-2023-2023.csv")));
	}

}
