package se.trygghet.situation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's projection of the incidents ({@link Incidents}), which every count of the lägesbild reads: the hot
 * spots, the kernel density, the map's clusters, the situation picture and {@link IncidentCounts}. The table stays
 * the source of truth; the projection is derived from it and nothing is kept that the table does not say.
 *
 * <p>It is read from the database once (at start, before the application accepts traffic), and before every count
 * {@link #current} asks the database, in one small statement, which transactions have written incidents since the
 * PostgreSQL snapshot the projection was read at (table {@code incident_write}, filled by triggers, see V32). When
 * there are any, their incidents are read by {@code change_xid} and sorted in; when any of them changed or deleted
 * incidents, the projection is read anew. A write on any node is therefore counted by the next count on every node,
 * and a count never sees half of a transaction.
 */
@Component
class IncidentProjection {

	private static final Logger log = LoggerFactory.getLogger(IncidentProjection.class);

	/** PostgreSQL's epoch (2000-01-01T00:00:00Z) in microseconds since 1970: binary timestamps count from it. */
	private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;

	private static final String COLUMNS = "municipality, category, occurred_at, latitude, longitude, east, north, "
			+ "area_id, severity, demo";

	/** A node that has not looked for a day reads everything anew, rather than trust a log that may be pruned. */
	static final Duration REBUILD_AFTER = Duration.ofDays(1);

	/** Additions from this many incidents on are logged with their time (a file import, not a form report). */
	private static final int LOGGED_DELTA = 10_000;

	/** How long the write log is kept, well beyond {@link #REBUILD_AFTER}. */
	static final Duration LOG_KEPT = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate snapshotReads;

	private final Clock clock;

	private final AtomicReference<@Nullable State> state = new AtomicReference<>();

	private final Object applying = new Object();

	IncidentProjection(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
		// every statement of a refresh sees the same snapshot: the one whose text is kept for the next look
		this.snapshotReads = new TransactionTemplate(transactions);
		this.snapshotReads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshotReads.setReadOnly(true);
	}

	/** The projection and the PostgreSQL snapshot (as text) it holds every committed write of. */
	private record State(Incidents incidents, String snapshot, Instant checkedAt) {
	}

	/** What was committed since a snapshot: the writing transactions, and whether any changed or deleted rows. */
	private record Since(String snapshot, List<String> transactions, boolean removals) {
	}

	/** The incidents as committed now: every write any node committed before this call is in it. */
	Incidents current() {
		State s = state.get();
		if (s == null || stale(s)) {
			return refresh();
		}
		Since since = since(s.snapshot());
		if (since.transactions().isEmpty()) {
			// nothing written since: the projection holds as of this later snapshot too
			state.compareAndSet(s, new State(s.incidents(), since.snapshot(), clock.instant()));
			return s.incidents();
		}
		return refresh();
	}

	private boolean stale(State s) {
		return s.checkedAt().isBefore(clock.instant().minus(REBUILD_AFTER));
	}

	/** Brings the projection up to date, one thread at a time; the others wait for it and take its result. */
	private Incidents refresh() {
		synchronized (applying) {
			State before = state.get();
			State after = java.util.Objects.requireNonNull(snapshotReads.execute(tx -> {
				if (before == null || stale(before)) {
					return load(before);
				}
				Since since = since(before.snapshot());
				if (since.transactions().isEmpty()) {
					return new State(before.incidents(), since.snapshot(), clock.instant());
				}
				if (since.removals()) {
					return load(before);
				}
				long started = System.nanoTime();
				Incidents.Builder added = new Incidents.Builder(before.incidents().dictionary, 0,
						clock.getZone().getRules());
				copyOut("select " + COLUMNS + " from incident where change_xid = any('{"
						+ String.join(",", since.transactions()) + "}'::xid8[])", added);
				Incidents merged = Incidents.merge(before.incidents(), added, before.incidents().version + 1);
				if (added.size >= LOGGED_DELTA) {
					log.info("Incident projection: {} incidents added in {} ms", added.size,
							(System.nanoTime() - started) / 1_000_000);
				}
				return new State(merged, since.snapshot(), clock.instant());
			}));
			state.set(after);
			return after.incidents();
		}
	}

	/** Every incident, read in the current (repeatable-read) transaction. */
	private State load(@Nullable State before) {
		long started = System.nanoTime();
		String snapshot = jdbc.sql("select pg_current_snapshot()::text").query(String.class).single();
		int count = jdbc.sql("select count(*) from incident").query(Integer.class).single();
		Incidents.Builder all = new Incidents.Builder(
				before == null ? Incidents.Dictionary.EMPTY : before.incidents().dictionary, count,
				clock.getZone().getRules());
		copyOut("select " + COLUMNS + " from incident", all);
		Incidents incidents = all.build(before == null ? 1 : before.incidents().version + 1);
		log.info("Incident projection read: {} incidents in {} ms", incidents.size,
				(System.nanoTime() - started) / 1_000_000);
		return new State(incidents, snapshot, clock.instant());
	}

	/**
	 * The transactions committed since the snapshot that wrote incidents: those at or after its xmin that it did not
	 * see. One statement, so the snapshot it returns is the one the log was read at.
	 */
	private Since since(String snapshot) {
		return jdbc.sql("""
				with since as (
				  select xid, removals from incident_write
				   where xid >= pg_snapshot_xmin(cast(:s as pg_snapshot))
				     and not pg_visible_in_snapshot(xid, cast(:s as pg_snapshot)))
				select pg_current_snapshot()::text, (select string_agg(xid::text, ',') from since),
				       coalesce((select bool_or(removals) from since), false)
				""")
			.param("s", snapshot)
			.query((rs, n) -> {
				String xids = rs.getString(2);
				return new Since(rs.getString(1), xids == null ? List.of() : Arrays.asList(xids.split(",")),
						rs.getBoolean(3));
			})
			.single();
	}

	/** Reads the rows of a query in PostgreSQL's binary COPY format: nothing is formatted as text on either side. */
	private void copyOut(String query, Incidents.Builder into) {
		jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
			try (InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class),
					"copy (" + query + ") to stdout (format binary)")) {
				read(in, into);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return null;
		});
	}

	private static void read(InputStream stream, Incidents.Builder into) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
		in.readFully(new byte[11]); // signature
		in.readInt(); // flags
		in.skipNBytes(in.readInt()); // header extension
		Texts municipalities = new Texts(into::municipality);
		Texts categories = new Texts(into::category);
		while (true) {
			short fields = in.readShort();
			if (fields == -1) {
				return;
			}
			int municipality = municipalities.read(in);
			int category = categories.read(in);
			in.readInt();
			long micros = in.readLong() + PG_EPOCH_MICROS;
			double latitude = float8(in);
			double longitude = float8(in);
			double east = float8(in);
			double north = float8(in);
			UUID area = null;
			if (in.readInt() >= 0) {
				area = new UUID(in.readLong(), in.readLong());
			}
			in.readInt();
			int severity = in.readShort();
			in.readInt();
			boolean demo = in.readByte() != 0;
			into.add(municipality, category, micros, latitude, longitude, east, north, into.area(area), severity, demo);
		}
	}

	private static double float8(DataInputStream in) throws IOException {
		return in.readInt() < 0 ? Double.NaN : in.readDouble();
	}

	/** Text values of few kinds (municipalities, categories) by their index, without a String per row. */
	private static final class Texts {

		private final Function<String, Integer> index;

		private final List<byte[]> seen = new ArrayList<>();

		private final List<Integer> indices = new ArrayList<>();

		private byte[] buffer = new byte[64];

		Texts(Function<String, Integer> index) {
			this.index = index;
		}

		int read(DataInputStream in) throws IOException {
			int length = in.readInt();
			if (length > buffer.length) {
				buffer = new byte[length];
			}
			in.readFully(buffer, 0, length);
			for (int i = 0; i < seen.size(); i++) {
				byte[] known = seen.get(i);
				if (known.length == length && Arrays.equals(known, 0, length, buffer, 0, length)) {
					return indices.get(i);
				}
			}
			byte[] value = Arrays.copyOf(buffer, length);
			int found = index.apply(new String(value, StandardCharsets.UTF_8));
			seen.add(value);
			indices.add(found);
			return found;
		}

	}

	/** Deletes the write log's rows older than {@link #LOG_KEPT}: every node has read them long since. */
	int pruneLog() {
		return jdbc.sql("delete from incident_write where written_at < :before")
			.param("before", java.sql.Timestamp.from(clock.instant().minus(LOG_KEPT)))
			.update();
	}

	/** Reads the projection before the application accepts traffic, so that the first count does not wait for it. */
	@Component
	@Order(60)
	static class AtStart implements ApplicationRunner {

		private final IncidentProjection projection;

		AtStart(IncidentProjection projection) {
			this.projection = projection;
		}

		@Override
		public void run(ApplicationArguments args) {
			projection.current();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> incidentWriteLogPruneTask(IncidentProjection projection, Clock clock) {
			return Tasks.recurring("situation-incident-write-log",
					Schedules.daily(clock.getZone(), LocalTime.of(3, 10)))
				.execute((instance, context) -> projection.pruneLog());
		}

	}

}
