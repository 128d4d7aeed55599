package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** The upload, mapping and import steps over HTTP, with the file kept in the database between them. */
@PlatformIntegrationTest
class FileImportControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** Where a request that must redirect leads. */
	String redirect(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void uploadsAFileThenShowsTheDetectedColumnsThenImportsIt() throws Exception {
		var coordinator = TestUsers.as(Role.COORDINATOR);
		byte[] csv = "Indikator;År;Kön;Värde\nTillit bland barn;1983;pojkar;57,5\n".getBytes(StandardCharsets.UTF_8);

		String mapping = redirect(multipart("/indicators/import")
			.file(new MockMultipartFile("file", "tillit.csv", "text/csv", csv))
			.with(csrf())
			.with(coordinator));
		assertThat(mapping).startsWith("/indicators/import/");
		assertThat(jdbc.sql("select count(*) from indicator_upload").query(Long.class).single()).isPositive();

		mvc.perform(get(mapping).with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<option value=\"0\" selected=\"selected\">Indikator (A)</option>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<option value=\"3\" selected=\"selected\">Värde (D)</option>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("57,5")));

		String run = redirect(post(mapping).param("indicator", "0")
			.param("period", "1")
			.param("gender", "2")
			.param("value", "3")
			.param("area", "")
			.param("source", "Webbtest (import)")
			.with(csrf())
			.with(coordinator));
		assertThat(run).startsWith("/indicators/imports/");
		assertThat(jdbc.sql("select value::text from measurement where source = 'Webbtest (import)'")
			.query(String.class)
			.single()).isEqualTo("57.5");
		mvc.perform(get(run).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("tillit.csv")));
	}

	@Test
	void refusesAFileThatIsTooLargeOrNotText() throws Exception {
		var coordinator = TestUsers.as(Role.COORDINATOR);
		byte[] large = new byte[ImportTable.MAX_BYTES + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		mvc.perform(multipart("/indicators/import").file(new MockMultipartFile("file", "stor.csv", "text/csv", large))
			.with(csrf())
			.with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Filen är större än 20 MB.")));

		byte[] binary = { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3, 4 };
		mvc.perform(multipart("/indicators/import").file(new MockMultipartFile("file", "data.csv", "text/csv", binary))
			.with(csrf())
			.with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Filen är inte en textfil (CSV)")));

		mvc.perform(multipart("/indicators/import")
			.file(new MockMultipartFile("file", "data.xlsx", "application/octet-stream", "a;b\n1;2\n".getBytes()))
			.with(csrf())
			.with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ingen giltig Excel-arbetsbok")));
	}

}
