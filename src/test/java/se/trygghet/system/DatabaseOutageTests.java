package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.CannotCreateTransactionException;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.TestTimes;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * While the database cannot be reached, or drops a connection in the middle of a request (a restart, a failover),
 * pages and the API answer 503 with Retry-After, never 500. The failures here are real ones: the connection pool
 * really has no connection to give, and the server really ends a request's connection.
 */
@PlatformIntegrationTest
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Every connection of the pool taken: Hikari then fails after its connection timeout exactly as while the server
	 * is down ({@link SQLTransientConnectionException}, "connection is not available").
	 */
	@Test
	void answersPagesAndTheApiWith503AndRetryAfterWhileNoConnectionCanBeHad() throws Exception {
		HikariDataSource pool = (HikariDataSource) dataSource;
		List<Connection> taken = new ArrayList<>();
		try {
			while (taken.size() < pool.getMaximumPoolSize()) {
				taken.add(pool.getConnection());
			}
			mvc.perform(get("/rapportera"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(Matchers.containsString("Databasen går inte att nå just nu")))
				.andExpect(content().string(Matchers.containsString("The database cannot be reached right now")));
			mvc.perform(get("/api/v1/plans"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(503));
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		mvc.perform(get("/rapportera")).andExpect(status().isOk());
	}

	/**
	 * A request waits inside the database (on an idempotency key this test holds), and the server ends its connection
	 * as a restart does ({@code pg_terminate_backend}: SQLSTATE 57P01, "terminating connection due to administrator
	 * command").
	 */
	@Test
	void answers503WhenTheServerEndsTheConnectionOfARequestInTheMiddle() throws Exception {
		UUID key = UUID.randomUUID();
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement claim = holder.prepareStatement(
					"insert into form_submission (form, key, created_at) values (?, ?, ?)")) {
				claim.setString(1, "IncidentController.report");
				claim.setObject(2, key);
				claim.setTimestamp(3, Timestamp.from(Instant.now()));
				claim.executeUpdate();
			}
			CompletableFuture<MvcResult> answer = CompletableFuture.supplyAsync(() -> {
				try {
					return mvc.perform(incident().param("idempotencyKey", key.toString())).andReturn();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			int waiting = waitingOn("insert into form_submission", answer);
			jdbc.sql("select pg_terminate_backend(:pid)").param("pid", waiting).query().singleRow();
			MvcResult result = answer.get(60, TimeUnit.SECONDS);
			assertThat(result.getResponse().getStatus()).isEqualTo(503);
			assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("5");
			holder.rollback();
		}
		mvc.perform(get("/rapportera")).andExpect(status().isOk());
	}

	/** The database process of the request that waits for a lock while running this statement. */
	private int waitingOn(String statement, CompletableFuture<MvcResult> answer) throws InterruptedException {
		for (int i = 0; i < 600 && !answer.isDone(); i++) {
			Optional<Integer> pid = jdbc.sql("""
					select pid from pg_stat_activity
					 where wait_event_type = 'Lock' and query like :statement || '%' and pid <> pg_backend_pid()
					""").param("statement", statement).query(Integer.class).optional();
			if (pid.isPresent()) {
				return pid.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The request never waited for the key: " + (answer.isDone() ? "it answered "
				+ answer.join().getResponse().getStatus() : "still running"));
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder incident() {
		return post("/incidents").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("category", "klotter")
			.param("occurredAt", TestTimes.yesterday().atTime(12, 0).toString())
			.param("latitude", "59.6150")
			.param("longitude", "16.5450")
			.param("organisation", "Polisen")
			.param("severity", "2")
			.param("description", "Klotter på busskuren");
	}

	/** The failures Spring and the driver report for an unreachable database or a broken connection, and no others. */
	@Test
	void tellsAnUnreachableDatabaseFromOtherFailures() {
		SQLStateSQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();
		SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
				"embedded - Connection is not available, request timed out after 250ms");
		assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				poolTimeout))).isTrue();
		assertThat(DatabaseOutage.causedBy(
				new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolTimeout)))
			.isTrue();
		assertThat(DatabaseOutage.causedBy(translator.translate("insert", "insert into x values (1)",
				new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
		assertThat(DatabaseOutage.causedBy(translator.translate("select", "select 1",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException("wrapped",
				new SQLException("This connection has been closed.", "08003")))).isTrue();
		org.springframework.transaction.TransactionSystemException rollback = new org.springframework.transaction.TransactionSystemException(
				"JDBC rollback failed", new SQLException("Connection is closed"));
		rollback.initApplicationException(translator.translate("insert", "insert into x values (1)",
				new SQLException("terminating connection due to administrator command", "57P01")));
		assertThat(DatabaseOutage.causedBy(rollback)).isTrue();

		assertThat(DatabaseOutage.causedBy(new DuplicateKeyException("duplicate key"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new OptimisticLockingFailureException("changed by someone else"))).isFalse();
		assertThat(DatabaseOutage.causedBy(translator.translate("insert", "insert into x values (1)",
				new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))).isFalse();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
	}

}
