package se.trygghet.incident;

import java.nio.ByteBuffer;
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
			Out out = new Out(incidents.size() * 240);
			for (int i = 0; i < incidents.size(); i++) {
				NewIncident incident = incidents.get(i);
				IncidentReporting.Checked checked = checks.get(i);
				out.putShort(COLUMNS.length);
				out.uuid(TimeOrderedIds.next());
				out.bytes(municipality);
				out.text(incident.category());
				out.timestamp(java.util.Objects.requireNonNull(incident.occurredAt(), "a checked incident has a time"));
				out.float8(checked.place().latitude());
				out.float8(checked.place().longitude());
				out.float8(checked.point().east());
				out.float8(checked.point().north());
				out.uuid(checked.area());
				out.text(IncidentReporting.blankToNull(incident.organisation()));
				out.text(IncidentReporting.blankToNull(incident.reporterRole()));
				out.putInt(2);
				out.putShort(java.util.Objects.requireNonNull(incident.severity()));
				out.text(IncidentReporting.blankToNull(incident.description()));
				out.bytes(source);
				out.text(externalIds.get(i));
				out.bytes(reportedBy);
				out.timestamp(reportedAt);
				out.putInt(1);
				out.put(demo ? 1 : 0);
			}
			return out.toByteArray();
		}

	}

	/**
	 * A growing buffer of COPY's binary fields (big-endian, each field its length and then its bytes): the encoding of
	 * a million rows through a DataOutputStream took a byte at a time into a synchronized stream.
	 */
	private static final class Out {

		private ByteBuffer buffer;

		Out(int capacity) {
			buffer = ByteBuffer.allocate(Math.max(64, capacity));
		}

		private ByteBuffer room(int bytes) {
			if (buffer.remaining() < bytes) {
				ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
				buffer.flip();
				larger.put(buffer);
				buffer = larger;
			}
			return buffer;
		}

		void put(int value) {
			room(1).put((byte) value);
		}

		void raw(byte[] value) {
			room(value.length).put(value);
		}

		void putShort(int value) {
			room(2).putShort((short) value);
		}

		void putInt(int value) {
			room(4).putInt(value);
		}

		void bytes(byte[] value) {
			room(4 + value.length).putInt(value.length).put(value);
		}

		void text(@Nullable String value) {
			if (value == null) {
				putInt(-1);
			}
			else {
				bytes(utf8(value));
			}
		}

		void uuid(@Nullable UUID value) {
			if (value == null) {
				putInt(-1);
				return;
			}
			room(20).putInt(16).putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
		}

		void float8(@Nullable Double value) {
			if (value == null) {
				putInt(-1);
				return;
			}
			room(12).putInt(8).putDouble(value);
		}

		void timestamp(Instant value) {
			room(12).putInt(8)
				.putLong(Math.addExact(Math.multiplyExact(value.getEpochSecond() - PG_EPOCH_SECONDS, 1_000_000L),
						value.getNano() / 1_000));
		}

		byte[] toByteArray() {
			return java.util.Arrays.copyOf(buffer.array(), buffer.position());
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
			Out header = new Out(19);
			header.raw(SIGNATURE);
			header.putInt(0); // flags: no OIDs
			header.putInt(0); // no header extension
			stream.write(header.toByteArray());
			return stream;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start copying incidents", ex);
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

}
