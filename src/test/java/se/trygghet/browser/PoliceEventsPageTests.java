package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst reads Polisen's published events beside the week's situation picture: counted for the whole
 * municipality, listed with links to polisen.se, never on a map.
 */
class PoliceEventsPageTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnalystReadsPolisensEventsCountedForTheWholeMunicipality() {
		// rows as the feed writes them (PolisenFeedTests fetches them from a stub of polisen.se; this page only reads)
		long id = 800_000_000L + System.nanoTime() % 1_000_000;
		jdbc.sql("""
				insert into police_event (id, occurred_at, type, name, summary, url, location_name, category, fetched_at)
				values (:id, :at, 'Skadegörelse', 'Skadegörelse, Västerås', 'Bäckby, krossad busskur.',
				        'https://polisen.se/aktuellt/handelser/test/', 'Västerås', 'skadegorelse', now())
				on conflict do nothing
				""")
			.param("id", id)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		signIn("analytiker");
		open("/situation");
		assertThat(text("#police-heading")).isEqualTo("Polisens publicerade händelser (hela kommunen, inte kartlagda)");
		assertThat(text("#police-types")).contains("Skadegörelse");
		find("#police-event-list summary").click();
		assertThat(find("#police-event-list a[href='https://polisen.se/aktuellt/handelser/test/']").getText())
			.contains("Skadegörelse, Västerås");
		assertAccessible();
		press("#police-events button[type=submit]");
		assertThat(text("#police-events [role=status]")).contains("avstängd");
		assertAccessible();
	}

}
