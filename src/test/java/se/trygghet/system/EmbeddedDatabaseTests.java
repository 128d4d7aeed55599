package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;

@PlatformIntegrationTest
class EmbeddedDatabaseTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void sortsSwedishLettersAfterZInSwedishOrder() {
		List<String> sorted = jdbc.sql("select x from (values ('ö'), ('z'), ('ä'), ('å'), ('a'), ('Ö')) t(x) order by x")
			.query(String.class)
			.list();
		// byte order would give a z ä å ö Ö; English collation would put å and ä next to a
		assertThat(sorted).containsExactly("a", "z", "å", "ä", "ö", "Ö");
	}

	@Test
	void runsPostgreSqlSeventeen() {
		assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
	}

	@Test
	void keepsDataInItsDirectoryAcrossRestartsWithFsyncOn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		EmbeddedPostgresConfig config = new EmbeddedPostgresConfig();
		try (EmbeddedPostgres first = config.embeddedPostgres(dir.toString(), 0);
				Connection connection = first.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (value text)");
			statement.execute("insert into kept values ('Västerås')");
			try (ResultSet rs = statement.executeQuery("show fsync")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("on");
			}
		}
		try (EmbeddedPostgres second = config.embeddedPostgres(dir.toString(), 0);
				Connection connection = second.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select value from kept")) {
			List<String> values = new ArrayList<>();
			while (rs.next()) {
				values.add(rs.getString(1));
			}
			assertThat(values).containsExactly("Västerås");
		}
	}

}
