package se.trygghet.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}) the platform starts its own PostgreSQL 17
 * in a persistent directory, so one command gives a working system. Boot's own DataSource configuration backs off
 * because this one exists, and Flyway migrates it like any external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfig.NoDatasourceUrl.class)
class EmbeddedPostgresConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${app.embedded-db.data-dir:./data/pg}") String dataDir,
			@Value("${app.embedded-db.port:0}") int port) throws IOException {
		// usually already running: EarlyEmbeddedPostgres started it while Spring was still reading the classes
		Optional<EmbeddedPostgres> early = EarlyEmbeddedPostgres.claim(dataDir, port);
		EmbeddedPostgres postgres = early.isPresent() ? early.get() : start(dataDir, port);
		log.info("Embedded PostgreSQL listening on 127.0.0.1:{} (data: {}{})", postgres.getPort(),
				StringUtils.hasText(dataDir) ? dataDir : "temporary", early.isPresent() ? ", started early" : "");
		return postgres;
	}

	/** Creates the cluster if its directory is new (initdb) and starts the server. */
	static EmbeddedPostgres start(String dataDir, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("locale", "C.UTF-8")
			// Swedish sort order (a–z, å, ä, ö) for every ORDER BY without an explicit collation
			.setLocaleConfig("locale-provider", "icu")
			.setLocaleConfig("icu-locale", "sv-SE");
		if (StringUtils.hasText(dataDir)) {
			Path dir = Path.of(dataDir).toAbsolutePath().normalize();
			Files.createDirectories(dir);
			stopOrphanedPostmaster(dir);
			// zonky tunes for throw-away test clusters; real data needs durable commits
			builder.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				// a bulk import of a million incidents writes more than the default 1 GB of WAL; a checkpoint in the
				// middle of it (and the full-page images after it) cost a third of its time
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("checkpoint_timeout", "15min");
		}
		else {
			builder.setCleanDataDirectory(true);
		}
		try {
			return builder.start();
		}
		catch (IllegalStateException ex) {
			if ("Missing embedded postgres binaries".equals(ex.getMessage())) {
				throw new IllegalStateException(NO_BINARIES, ex);
			}
			throw ex;
		}
	}

	/** The production jar leaves zonky's binaries out (pom.xml); it needs a database server named in the settings. */
	static final String NO_BINARIES = "No database: SPRING_DATASOURCE_URL is not set, and this build carries no embedded "
			+ "PostgreSQL. Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD for a "
			+ "PostgreSQL 15+ server, or use the demo build (./mvnw spring-boot:run, or ./mvnw -Pdemo package), which "
			+ "starts its own PostgreSQL in ./data/pg.";

	/**
	 * A killed JVM leaves its postmaster running, and the next start would wait for it and then fail. zonky holds a
	 * file lock while its JVM lives: a free lock and a live postgres means an orphan, which we stop; a held lock means
	 * another instance really is using the directory, and we refuse to start.
	 */
	static void stopOrphanedPostmaster(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (var channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); var lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException(
						"Database directory " + dataDir + " is in use by another running instance");
			}
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			ProcessHandle.of(pid)
				.filter(process -> process.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
				.ifPresent(process -> {
					log.warn("Stopping orphaned postmaster pid {} in {}", pid, dataDir);
					process.destroy();
					try {
						process.onExit().get(30, TimeUnit.SECONDS);
					}
					catch (Exception ex) {
						throw new IllegalStateException("Orphaned postmaster " + pid + " did not stop", ex);
					}
				});
		}
	}

	/**
	 * The pool, with the same connection timeout as an external database's ({@code
	 * spring.datasource.hikari.connection-timeout}): how long a request waits for a connection before it is answered
	 * 503 ({@link DatabaseOutage}).
	 */
	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${app.embedded-db.pool-size:10}") int poolSize,
			@Value("${spring.datasource.hikari.connection-timeout:30000}") long connectionTimeoutMillis) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setConnectionTimeout(connectionTimeoutMillis);
		dataSource.setPoolName("embedded");
		return dataSource;
	}

}
