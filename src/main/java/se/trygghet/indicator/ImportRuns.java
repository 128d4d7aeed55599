package se.trygghet.indicator;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.plan.IndicatorId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import log. A run is written when it starts (RUNNING, committed at once so every node sees it) and again when
 * it ends, each in a transaction of its own, so a run that fails still leaves its record.
 */
@Repository
class ImportRuns implements IndicatorImports {

	/** The problems a run keeps; {@code problem_count} says how many there were in all. */
	static final int KEPT_PROBLEMS = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportRuns(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A problem of a run: a file's row (header = 1) and column with a message code and arguments, or a sentence from
	 * Kolada in {@code text}.
	 */
	public record Problem(@Nullable Integer row, @Nullable String column, @Nullable String code, List<String> args,
			@Nullable String text) {

		public Problem {
			args = List.copyOf(args);
		}

		static Problem of(@Nullable Integer row, @Nullable String column, String code, List<String> args) {
			return new Problem(row, column, code, args, null);
		}

		static Problem text(@Nullable String column, String text) {
			return new Problem(null, column, null, List.of(), text);
		}

	}

	/** What a run did, when it ends. */
	public record Result(State state, int rowsRead, int added, int changed, int unchanged, int missing,
			List<Problem> problems, int problemCount, @Nullable String errorMessage, Collection<IndicatorId> indicators,
			@Nullable Integer pages, @Nullable Integer requests, @Nullable Integer retries) {
	}

	/** Starts a run; for Kolada this fails with a duplicate key while another Kolada run is RUNNING. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	UUID start(Kind kind, Trigger trigger, String startedBy, @Nullable String fileName, List<String> kpis,
			@Nullable String municipality, @Nullable Integer fromYear, @Nullable Integer toYear, String source) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into indicator_import_run (id, kind, trigger, started_by, started_at, state, file_name, kpis,
				       municipality, from_year, to_year, source)
				values (:id, :kind, :trigger, :by, :at, 'RUNNING', :file, :kpis, :municipality, :from, :to, :source)
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("trigger", trigger.name())
			.param("by", startedBy)
			.param("at", Timestamp.from(clock.instant()))
			.param("file", fileName)
			.param("kpis", kpis.toArray(String[]::new))
			.param("municipality", municipality)
			.param("from", fromYear)
			.param("to", toYear)
			.param("source", source)
			.update();
		return id;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void finish(UUID id, Result result) {
		List<Problem> kept = result.problems().size() > KEPT_PROBLEMS ? result.problems().subList(0, KEPT_PROBLEMS)
				: result.problems();
		jdbc.sql("""
				update indicator_import_run
				   set state = :state, finished_at = :at, rows_read = :rows, added = :added, changed = :changed,
				       unchanged = :unchanged, missing = :missing, problems = cast(:problems as jsonb),
				       problem_count = :count, error_message = :error, indicator_ids = :indicators, pages = :pages,
				       requests = :requests, retries = :retries
				 where id = :id
				""")
			.param("id", id)
			.param("state", result.state().name())
			.param("at", Timestamp.from(clock.instant()))
			.param("rows", result.rowsRead())
			.param("added", result.added())
			.param("changed", result.changed())
			.param("unchanged", result.unchanged())
			.param("missing", result.missing())
			.param("problems", JSON.writeValueAsString(kept))
			.param("count", Math.max(result.problemCount(), result.problems().size()))
			.param("error", result.errorMessage() == null ? null : truncate(result.errorMessage(), 2000))
			.param("indicators", result.indicators().stream().map(IndicatorId::value).distinct().toArray(UUID[]::new))
			.param("pages", result.pages())
			.param("requests", result.requests())
			.param("retries", result.retries())
			.update();
	}

	/**
	 * Closes Kolada runs left RUNNING by a node that stopped mid-run, so they no longer block the next one. A run
	 * is taken as abandoned when it has run longer than any run could.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	int abandon(Duration olderThan) {
		return jdbc.sql("""
				update indicator_import_run
				   set state = 'FAILED', finished_at = :now,
				       error_message = 'Abandoned: still running after ' || :minutes || ' minutes (its node stopped)'
				 where state = 'RUNNING' and started_at < :limit
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("minutes", String.valueOf(olderThan.toMinutes()))
			.param("limit", Timestamp.from(clock.instant().minus(olderThan)))
			.update();
	}

	@Override
	public List<ImportRun> runsFor(IndicatorId indicator, int limit) {
		return jdbc.sql("select * from indicator_import_run where :id = any(indicator_ids) "
				+ "order by started_at desc limit :limit")
			.param("id", indicator.value())
			.param("limit", limit)
			.query((rs, n) -> run(rs))
			.list();
	}

	@Override
	public List<ImportRun> recent(int limit) {
		return jdbc.sql("select * from indicator_import_run order by started_at desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> run(rs))
			.list();
	}

	Optional<ImportRun> find(UUID id) {
		return jdbc.sql("select * from indicator_import_run where id = :id")
			.param("id", id)
			.query((rs, n) -> run(rs))
			.optional();
	}

	List<Problem> problems(UUID id) {
		String json = jdbc.sql("select problems::text from indicator_import_run where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse("[]");
		return JSON.readValue(json, new TypeReference<List<Problem>>() {
		});
	}

	private static ImportRun run(ResultSet rs) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportRun(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
				Trigger.valueOf(rs.getString("trigger")), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
				State.valueOf(rs.getString("state")), rs.getString("file_name"), texts(rs.getArray("kpis")),
				rs.getString("municipality"), integer(rs, "from_year"), integer(rs, "to_year"), rs.getString("source"),
				rs.getInt("rows_read"), rs.getInt("added"), rs.getInt("changed"), rs.getInt("unchanged"),
				rs.getInt("missing"), rs.getInt("problem_count"), rs.getString("error_message"), integer(rs, "pages"),
				integer(rs, "requests"), integer(rs, "retries"));
	}

	private static List<String> texts(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max) + "…";
	}

}
