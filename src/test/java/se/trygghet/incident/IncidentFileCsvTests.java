package se.trygghet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.TestTimes;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** An incident file is CSV as spreadsheets write it: a quoted field may hold the separator, quotes and line breaks. */
@PlatformIntegrationTest
class IncidentFileCsvTests {

	@Autowired
	IncidentFileImport fileImport;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void importsADescriptionWithALineBreakInQuotesAsOneIncident() {
		TestUsers.signIn(Role.ANALYST);
		String day = TestTimes.yesterday().toString();
		String csv = "\uFEFFid;kategori;tid;latitud;longitud;organisation;allvarlighet;beskrivning\r\n"
				+ "csv-break-1;klotter;" + day + " 08:00;59.6150;16.5450;Polisen;2;\"Klotter på väggen;\r\nockså \"\"tags\"\" på dörren\"\r\n"
				+ "csv-break-2;klotter;" + day + " 08:05;59.6150;16.5450;Polisen;2;\r\n";

		IncidentFileImport.Outcome outcome = fileImport.importFile(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.added()).isEqualTo(2);
		assertThat(jdbc.sql("select description from incident where source = 'FILE' and external_id = 'csv-break-1'")
			.query(String.class)
			.single()).isEqualTo("Klotter på väggen;\r\nockså \"tags\" på dörren");
	}

	@Test
	void namesTheLineARowStartsOnWhenAFieldBeforeItRanOverLines() {
		TestUsers.signIn(Role.ANALYST);
		String day = TestTimes.yesterday().toString();
		String csv = "id,kategori,tid,latitud,longitud,organisation,allvarlighet,beskrivning\n"
				+ "csv-lines-1,klotter," + day + " 08:00,59.6150,16.5450,Polisen,2,\"Första raden\nandra raden\"\n"
				+ "\n"
				+ "csv-lines-2,klotter," + day + " 08:05,59.6150,16.5450,Polisen,7,\n";

		IncidentFileImport.Outcome outcome = fileImport.importFile(csv.getBytes(StandardCharsets.UTF_8));

		// the header is line 1, the first row lines 2–3, an empty line 4, the bad row line 5
		assertThat(outcome.added()).isZero();
		assertThat(outcome.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.code())
			.containsExactly("5 allvarlighet situation.incident.severity.invalid");
	}

}
