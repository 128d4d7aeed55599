package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * The municipality's address register: imported from a CSV file with WGS84 or SWEREF 99 TM points, searched by what
 * residents type, refused whole when any row is wrong. Every test puts the demo register back, which the other tests
 * (the residents' browser test among them) search.
 */
@PlatformIntegrationTest
class AddressRegisterTests {

	@Autowired
	AddressImport addressImport;

	@Autowired
	AddressSearch search;

	@Autowired
	AreaBootstrap bootstrap;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restoreTheDemoRegister() throws Exception {
		TestUsers.signOut();
		bootstrap.loadDemoAddresses();
	}

	static final String WGS84_FILE = """
			gata;nummer;postnummer;postort;lat;lon
			Östra Ringvägen;2;722 12;Västerås;59,6121;16,5551
			Östra Ringvägen;10 B;722 12;Västerås;59,6130;16,5560
			Östra Ringvägen;1;722 12;Västerås;59,6118;16,5549
			Fiskartorget;;;Västerås;59,6072;16,5480
			""";

	/** The same kind of file as Lantmäteriet's open data exports it: comma-separated, SWEREF 99 TM, English names. */
	static final String SWEREF_FILE = """
			street,number,postcode,locality,northing,easting
			Kyrkogatan,4,722 15,Västerås,6610500,588200
			""";

	AddressImport.Outcome upload(String text) {
		TestUsers.signIn(Role.COORDINATOR);
		return addressImport.importUpload(text.getBytes(StandardCharsets.UTF_8), "adresser.csv");
	}

	/** The rows of the page's problem table, each as "row message". */
	static List<String> problemRows(String page) {
		String table = page.substring(page.indexOf("id=\"import-problems\""));
		java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>")
			.matcher(table);
		List<String> rows = new java.util.ArrayList<>();
		while (row.find()) {
			rows.add(row.group(1) + " " + org.springframework.web.util.HtmlUtils.htmlUnescape(row.group(2)));
		}
		return rows;
	}

	List<String> labels(String query) {
		return search.search(query).stream().map(AddressSearch.Match::label).toList();
	}

	@Test
	void findsAStreetFromAnImportedFileTypedWithoutAccentsSpacesOrCase() {
		AddressImport.Outcome outcome = upload(WGS84_FILE);
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.addresses()).isEqualTo(3);
		assertThat(outcome.places()).isEqualTo(1);

		// numbers in their natural order, 2 before 10
		assertThat(labels("ostra ringv")).containsExactly("Östra Ringvägen 1, 722 12 Västerås",
				"Östra Ringvägen 2, 722 12 Västerås", "Östra Ringvägen 10 B, 722 12 Västerås");
		assertThat(labels("ÖSTRARINGVÄGEN 10b")).containsExactly("Östra Ringvägen 10 B, 722 12 Västerås");
		assertThat(labels("fiskar")).containsExactly("Fiskartorget, Västerås");
		AddressSearch.Match match = search.search("Östra Ringvägen 2").get(0);
		assertThat(match.point().latitude()).isCloseTo(59.6121, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(match.point().longitude()).isCloseTo(16.5551, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(match.demo()).isFalse();
		// the import replaced the register: the demo's streets are gone
		assertThat(labels("Stora gatan")).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'area.addresses.imported' and actor = 'test-coordinator'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void readsSwerefPointsFromACommaSeparatedFileWithEnglishColumnNames() {
		assertThat(upload(SWEREF_FILE).problems()).isEmpty();
		AddressSearch.Match match = search.search("kyrkogatan 4").get(0);
		assertThat(match.label()).isEqualTo("Kyrkogatan 4, 722 15 Västerås");
		Sweref99Point back = match.point().toSweref99();
		assertThat(back.north()).isCloseTo(6610500, org.assertj.core.data.Offset.offset(0.01));
		assertThat(back.east()).isCloseTo(588200, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void refusesABadFileWithTheRowNumberOfEachProblemAndKeepsTheRegisterAsItWas() throws Exception {
		List<String> before = labels("Stora gatan");
		assertThat(before).isNotEmpty();
		String bad = """
				gata;nummer;postort;lat;lon
				Hantverkargatan;2;Västerås;59,6121;16,5551
				;4;Västerås;59,6121;16,5551
				Hantverkargatan;6;Västerås;norr;16,5551

				Hantverkargatan;8;Västerås;16,5551;59,6121
				Drottninggatan;1;Stockholm;59,3326;18,0649
				""";
		String page = mvc.perform(multipart("/areas/addresses")
			.file(new MockMultipartFile("file", "adresser.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(problemRows(page)).containsExactly(
				"3 Gata eller platsnamn saknas.",
				"4 Värdet ”norr” i kolumnen lat är inte ett tal.",
				"6 Punkten (16,5551, 59,6121) ligger inte i Sverige i WGS84. Är latitud och longitud förväxlade?");
		assertThat(labels("Stora gatan")).isEqualTo(before);
		assertThat(labels("hantverkargatan")).isEmpty();

		// a file whose every row reads well is still refused whole for a point outside the municipality
		AddressImport.Outcome outside = upload("""
				gata;nummer;postort;lat;lon
				Hantverkargatan;2;Västerås;59,6121;16,5551
				Drottninggatan;1;Stockholm;59,3326;18,0649
				""");
		assertThat(outside.problems()).extracting(AddressFileReader.Problem::row, AddressFileReader.Problem::code)
			.containsExactly(org.assertj.core.api.Assertions.tuple(3, "address.row.outside"));
		assertThat(labels("hantverkargatan")).isEmpty();
		assertThat(labels("Stora gatan")).isEqualTo(before);
	}

	@Test
	void refusesAFileThatIsNotCsvOrLacksCoordinatesBeforeReadingItsRows() throws Exception {
		String page = mvc.perform(multipart("/areas/addresses")
			.file(new MockMultipartFile("file", "adresser.xlsx", "application/octet-stream", new byte[] { 1, 2, 3 }))
			.with(csrf())
			.with(TestUsers.as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<p id=\"file-error\" class=\"field-error\">Filen måste vara en CSV-fil (.csv).</p>");
		assertThat(upload("gata;nummer\nStora gatan;1\n").problems())
			.extracting(AddressFileReader.Problem::row, AddressFileReader.Problem::code)
			.containsExactly(org.assertj.core.api.Assertions.tuple(1, "address.header.point"));
	}

	@Test
	void onlyCoordinatorsAndAdminsReplaceTheRegister() {
		TestUsers.signIn(Role.ANALYST);
		assertThatThrownBy(() -> addressImport.importUpload(WGS84_FILE.getBytes(StandardCharsets.UTF_8), "x.csv"))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void findsNothingForAQueryTooShortOrTooLong() {
		assertThat(search.search("s")).isEmpty();
		assertThat(search.search(" - ")).isEmpty();
		assertThat(search.search("Stora gatan " + "1".repeat(AddressSearch.MAX_QUERY))).isEmpty();
		assertThat(search.search("stora gatan 1")).isNotEmpty().allMatch(AddressSearch.Match::demo);
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate template;

	@Test
	void searchesThroughTheIndexAlsoInAPreparedStatementsGenericPlan() {
		String plan = template.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection -> {
			try (java.sql.Statement sql = connection.createStatement()) {
				// a register too small for the planner to want the index: make it choose only on usability
				sql.execute("set enable_seqscan = off");
				sql.execute("set plan_cache_mode = force_generic_plan");
				sql.execute("prepare address_search(text, text) as select label from address_point"
						+ " where search_key ~>=~ $1 and search_key ~<~ $2");
				StringBuilder lines = new StringBuilder();
				try (java.sql.ResultSet rs = sql.executeQuery("explain execute address_search('stora', 'stora{')")) {
					while (rs.next()) {
						lines.append(rs.getString(1)).append('\n');
					}
				}
				sql.execute("deallocate address_search");
				sql.execute("reset enable_seqscan");
				sql.execute("reset plan_cache_mode");
				return lines.toString();
			}
		});
		assertThat(plan).contains("address_point_search").doesNotContain("Seq Scan");
	}

}
