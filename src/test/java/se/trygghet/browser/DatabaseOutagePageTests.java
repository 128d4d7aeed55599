package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page people see while the database cannot be reached: in Swedish and English, and accessible like any other. */
class DatabaseOutagePageTests extends BrowserTest {

	@Autowired
	DataSource dataSource;

	@Test
	void showsAnAccessiblePageInSwedishAndEnglishWhileTheDatabaseCannotBeReached() throws Exception {
		HikariDataSource pool = (HikariDataSource) dataSource;
		List<Connection> taken = new ArrayList<>();
		try {
			// with every connection taken, the pool fails as it does while the server is down
			while (taken.size() < pool.getMaximumPoolSize()) {
				taken.add(pool.getConnection());
			}
			open("/rapportera");
			assertThat(text("h1")).isEqualTo("Databasen går inte att nå just nu");
			assertThat(text("main [lang=en]")).contains("The database cannot be reached right now");
			assertAccessible();
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		open("/rapportera");
		assertThat(text("h1")).isEqualTo("Rapportera en otrygg plats");
	}

}
