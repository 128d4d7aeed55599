package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.chart.ExportedTables;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * A round's completion per committee taken to Excel and CSV from its dashboard: per committee the same done, all and
 * percent as the page writes "3 av 5 (60 %)", and empty where it writes "–".
 */
@PlatformIntegrationTest
class RoundDashboardExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUpViews views;

	@Test
	void downloadsTheCompletionPerCommitteeWithExactlyTheFiguresOfTheDashboard() throws Exception {
		RoundId round = views.rounds(false)
			.stream()
			.filter(r -> r.demo() && r.reports().total() > 0)
			.findFirst()
			.orElseThrow()
			.id();
		String html = mvc.perform(get("/rounds/" + round.value()).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var page = Jsoup.parse(html);
		Pattern progress = Pattern.compile("(\\d+) av (\\d+) \\((\\d+) %\\)");
		List<List<String>> shown = new ArrayList<>();
		for (Element tr : page.select("#by-committee tbody tr")) {
			List<String> row = new ArrayList<>();
			row.add(tr.selectFirst("th").text());
			for (Element td : tr.select("td")) {
				Matcher m = progress.matcher(td.text());
				if (m.matches()) {
					row.addAll(List.of(m.group(1), m.group(2), m.group(3)));
				}
				else {
					assertThat(td.text()).isEqualTo("–");
					row.addAll(List.of("", "", ""));
				}
			}
			shown.add(row);
		}
		assertThat(shown).isNotEmpty();
		String base = "/rounds/" + round.value() + "/table/";
		assertThat(page.select(".table-exports a.export-xlsx").attr("href")).isEqualTo(base + "xlsx");
		for (String format : List.of("xlsx", "csv")) {
			byte[] file = mvc.perform(get(base + format).with(TestUsers.as(Role.VIEWER)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition",
						org.hamcrest.Matchers.startsWith("attachment; filename=\"slutforande-")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			List<List<String>> rows = format.equals("csv") ? ExportedTables.csv(file) : ExportedTables.xlsx(file);
			assertThat(rows.get(0)).hasSize(7).first().isEqualTo("Nämnd");
			assertThat(rows.subList(1, rows.size())).isEqualTo(shown);
		}
	}

}
