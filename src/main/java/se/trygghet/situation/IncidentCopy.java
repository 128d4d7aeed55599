package se.trygghet.situation;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.trygghet.identity.CurrentUsers;

/**
 * Writes a file's checked incidents with {@code COPY … FROM STDIN} in PostgreSQL's binary format instead of an
 * insert: nothing is parsed from text on the server, and the heap takes the rows a page at a time. One COPY takes a
 * whole file ({@link #open}), so PostgreSQL stores rows while the next ones are being checked and encoded
 * ({@link Rows}) on another thread.
 *
 * <p>COPY cannot skip a row that conflicts with a stored one, so the caller must first {@link #lockImports lock} the
 * source's imports for its transaction and leave out every id that {@link IncidentReporting#importedIds} found (and
 * every id it writes twice): with the lock held, no other import can store one of the remaining ids before this
 * transaction ends, so the ids stored are those committed, which any connection sees.
 */
@Component
class IncidentCopy {

	/** PostgreSQL's epoch (2000-01-01T00:00:00Z) in Unix seconds: binary timestamps count microseconds from it. */
	private static final long PG_EPOCH_SECONDS = 946_684_800L;

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	private static final String[] COLUMNS = { "id", "municipality", "category", "occurred_at", "latitude", "longitude",
			"east", "north", "area_id", "organisation", "reporter_role", "severity", "description", "source",
			"external_id", "reported_by", "reported_at", "demo" };

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final IncidentReporting reporting;

	IncidentCopy(JdbcTemplate jdbcTemplate, JdbcClient jdbc, CurrentUsers currentUsers, Clock clock,
			IncidentReporting reporting) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.clock = clock;
		this.reporting = reporting;
	}

	/**
	 * One import of the source at a time, until the current transaction ends; a second waits here for the first to
	 * commit or roll back, and then finds the first one's ids stored (or not).
	 */
	void lockImports(String source) {
		requireTransaction();
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('incident-import'), hashtext(:source))) as locked")
			.param("source", source)
			.query(Integer.class)
			.single();
	}

	/**
	 * An encoder of checked incidents from one source as COPY's binary rows, with the reporter and the time of the
	 * report fixed now: it may then be used on another thread, which has no signed-in user.
	 */
	Rows rows(String source, boolean demo) {
		return new Rows(utf8(reporting.municipality()), utf8(source), utf8(currentUsers.actorName()), clock.instant(),
				demo);
	}

	/** Encodes incidents as rows of COPY's binary format, without its header and trailer. */
	static final class Rows {

		private final byte[] municipality;

		private final byte[] source;

		private final byte[] reportedBy;

		private final Instant reportedAt;

		private final boolean demo;

		private Rows(byte[] municipality, byte[] source, byte[] reportedBy, Instant reportedAt, boolean demo) {
			this.municipality = municipality;
			this.source = source;
			this.reportedBy = reportedBy;
			this.reportedAt = reportedAt;
			this.demo = demo;
		}

		/** The incidents, which the caller has checked and whose ids it knows are not stored. */
		byte[] encode(List<NewIncident> incidents, List<IncidentReporting.Checked> checks,
				List<@Nullable String> externalIds) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(incidents.size() * 256);
			try (DataOutputStream out = new DataOutputStream(bytes)) {
				for (int i = 0; i < incidents.size(); i++) {
					NewIncident incident = incidents.get(i);
					IncidentReporting.Checked checked = checks.get(i);
					out.writeShort(COLUMNS.length);
					uuid(out, TimeOrderedIds.next());
					bytes(out, municipality);
					text(out, incident.category());
					timestamp(out, incident.occurredAt());
					float8(out, checked.place().latitude());
					float8(out, checked.place().longitude());
					float8(out, checked.point().east());
					float8(out, checked.point().north());
					uuid(out, checked.area());
					text(out, IncidentReporting.blankToNull(incident.organisation()));
					text(out, IncidentReporting.blankToNull(incident.reporterRole()));
					out.writeInt(2);
					out.writeShort(java.util.Objects.requireNonNull(incident.severity()));
					text(out, IncidentReporting.blankToNull(incident.description()));
					bytes(out, source);
					text(out, externalIds.get(i));
					bytes(out, reportedBy);
					timestamp(out, reportedAt);
					out.writeInt(1);
					out.writeBoolean(demo);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return bytes.toByteArray();
		}

	}

	/**
	 * Opens one COPY into the incident table on the current transaction's connection, which takes rows as they are
	 * written while the caller prepares the next: nothing else may run on the connection until it is finished or
	 * abandoned.
	 */
	Stream open() {
		requireTransaction();
		Connection connection = DataSourceUtils.getConnection(java.util.Objects.requireNonNull(jdbcTemplate.getDataSource()));
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy incident (" + String.join(", ", COLUMNS) + ") from stdin (format binary)");
			Stream stream = new Stream(copy);
			ByteArrayOutputStream header = new ByteArrayOutputStream(19);
			try (DataOutputStream out = new DataOutputStream(header)) {
				out.write(SIGNATURE);
				out.writeInt(0); // flags: no OIDs
				out.writeInt(0); // no header extension
			}
			stream.write(header.toByteArray());
			return stream;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start copying incidents", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An open COPY: rows in, then {@link #finish} (the count written) or {@link #abandon} (nothing written). */
	static final class Stream {

		private final CopyIn copy;

		private Stream(CopyIn copy) {
			this.copy = copy;
		}

		void write(byte[] rows) {
			try {
				copy.writeToCopy(rows, 0, rows.length);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Copying incidents failed", ex);
			}
		}

		long finish() {
			try {
				copy.writeToCopy(new byte[] { -1, -1 }, 0, 2); // the trailer: a field count of -1
				return copy.endCopy();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Copying incidents failed", ex);
			}
		}

		void abandon() {
			try {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
			catch (SQLException ex) {
				// the transaction is rolled back either way
			}
		}

	}

	private static void requireTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Copying incidents needs the import's transaction");
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void bytes(DataOutputStream out, byte[] value) throws IOException {
		out.writeInt(value.length);
		out.write(value);
	}

	private static void text(DataOutputStream out, @Nullable String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
		}
		else {
			bytes(out, utf8(value));
		}
	}

	private static void uuid(DataOutputStream out, @Nullable UUID value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		out.writeInt(16);
		out.writeLong(value.getMostSignificantBits());
		out.writeLong(value.getLeastSignificantBits());
	}

	private static void float8(DataOutputStream out, @Nullable Double value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		out.writeInt(8);
		out.writeDouble(value);
	}

	private static void timestamp(DataOutputStream out, @Nullable Instant value) throws IOException {
		java.util.Objects.requireNonNull(value, "a checked incident has a time");
		out.writeInt(8);
		out.writeLong(Math.addExact(Math.multiplyExact(value.getEpochSecond() - PG_EPOCH_SECONDS, 1_000_000L),
				value.getNano() / 1_000));
	}

}
