package se.trygghet.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL as soon as the settings are known, on a thread of its own, so that initdb and the
 * server's start (1.0–1.4 s on a fresh directory) overlap the seconds Spring spends reading the application's
 * classes; {@link EmbeddedPostgresConfig}'s bean then takes the running server. Registered in
 * {@code META-INF/spring.factories}, because it must run before the context exists. Nothing starts early when a
 * {@code spring.datasource.url} is set or {@code app.embedded-db.start-early=false}; the bean then starts the server
 * itself, as it does when it finds none started for its settings.
 */
public class EarlyEmbeddedPostgres implements ApplicationListener<SpringApplicationEvent>, Ordered {

	/** Servers being started, by their settings, until a context's bean claims them. */
	private static final Map<String, CompletableFuture<EmbeddedPostgres>> STARTING = new ConcurrentHashMap<>();

	/** After Boot's own listeners, so that application.properties and the profiles have been read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			Environment environment = prepared.getEnvironment();
			if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
					|| !environment.getProperty("app.embedded-db.start-early", Boolean.class, true)) {
				return;
			}
			String dataDir = dataDir(environment);
			int port = port(environment);
			STARTING.computeIfAbsent(key(dataDir, port), key -> CompletableFuture.supplyAsync(() -> {
				try {
					return EmbeddedPostgresConfig.start(dataDir, port);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, work -> {
				Thread thread = new Thread(work, "embedded-postgres-start");
				thread.setDaemon(true);
				thread.start();
			}));
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
			// the context failed before its bean took the server: stop it rather than leave it running
			Environment environment = failed.getApplicationContext().getEnvironment();
			CompletableFuture<EmbeddedPostgres> unclaimed = STARTING.remove(key(dataDir(environment), port(environment)));
			if (unclaimed != null) {
				unclaimed.thenAccept(postgres -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
		}
	}

	/** The server started early for these settings, once; empty when none was. Waits for it to be up. */
	static Optional<EmbeddedPostgres> claim(String dataDir, int port) throws IOException {
		CompletableFuture<EmbeddedPostgres> starting = STARTING.remove(key(dataDir, port));
		if (starting == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(starting.join());
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	private static String dataDir(Environment environment) {
		return environment.getProperty("app.embedded-db.data-dir", "./data/pg");
	}

	private static int port(Environment environment) {
		return environment.getProperty("app.embedded-db.port", Integer.class, 0);
	}

	private static String key(String dataDir, int port) {
		return port + "|" + dataDir;
	}

}
