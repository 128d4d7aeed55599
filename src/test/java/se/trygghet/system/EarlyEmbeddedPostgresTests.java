package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/** Starts real PostgreSQL servers, so it runs in the integration-test lane. */
@Tag("integration")
class EarlyEmbeddedPostgresTests {

	private static void environmentPrepared(MockEnvironment environment) {
		new EarlyEmbeddedPostgres().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
				new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
	}

	@Test
	void handsTheServerStartedForTheSameSettingsToTheFirstClaimOnly(@TempDir Path dir) throws Exception {
		environmentPrepared(new MockEnvironment().withProperty("app.embedded-db.data-dir", dir.toString()));

		Optional<EmbeddedPostgres> claimed = EarlyEmbeddedPostgres.claim(dir.toString(), 0);
		try {
			assertThat(claimed).isPresent();
			try (Connection connection = claimed.get().getPostgresDatabase().getConnection();
					ResultSet rs = connection.createStatement().executeQuery("show fsync")) {
				rs.next();
				// the persistent settings of EmbeddedPostgresConfig.start, not zonky's test defaults
				assertThat(rs.getString(1)).isEqualTo("on");
			}
			assertThat(EarlyEmbeddedPostgres.claim(dir.toString(), 0)).isEmpty();
			assertThat(EarlyEmbeddedPostgres.claim(dir.resolve("other").toString(), 0)).isEmpty();
		}
		finally {
			if (claimed.isPresent()) {
				claimed.get().close();
			}
		}
	}

	@Test
	void startsNothingForAnExternalDatabaseOrWhenTurnedOff(@TempDir Path dir) throws Exception {
		environmentPrepared(new MockEnvironment().withProperty("app.embedded-db.data-dir", dir.toString())
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.example/trygghet"));
		environmentPrepared(new MockEnvironment().withProperty("app.embedded-db.data-dir", dir.toString())
			.withProperty("app.embedded-db.start-early", "false"));

		assertThat(EarlyEmbeddedPostgres.claim(dir.toString(), 0)).isEmpty();
	}

}
