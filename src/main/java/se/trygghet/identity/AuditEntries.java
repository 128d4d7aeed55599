package se.trygghet.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model of the audit log for the browse-and-filter page. */
@Component
class AuditEntries {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditEntries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Entry(long id, Instant at, String actor, String action, @Nullable String subjectType,
			@Nullable String subjectId, String summary, @Nullable String details) {
	}

	public record Filter(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
			@Nullable LocalDate from, @Nullable LocalDate to, int page) {

		public Filter {
			page = Math.max(page, 0);
		}

	}

	public record Page(List<Entry> entries, int page, boolean hasNext) {
	}

	Page find(Filter filter) {
		StringBuilder sql = new StringBuilder(
				"select id, at, actor, action, subject_type, subject_id, summary, details::text as details from audit_entry where true");
		Map<String, Object> params = new HashMap<>();
		if (hasText(filter.actor())) {
			sql.append(" and actor ilike :actor");
			params.put("actor", "%" + escapeLike(filter.actor()) + "%");
		}
		if (hasText(filter.action())) {
			sql.append(" and action ilike :action");
			params.put("action", escapeLike(filter.action()) + "%");
		}
		if (hasText(filter.subjectType())) {
			sql.append(" and subject_type = :type");
			params.put("type", filter.subjectType());
		}
		ZoneId zone = clock.getZone();
		if (filter.from() != null) {
			sql.append(" and at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		sql.append(" order by at desc, id desc limit :limit offset :offset");
		params.put("limit", PAGE_SIZE + 1);
		params.put("offset", filter.page() * PAGE_SIZE);
		List<Entry> rows = new ArrayList<>(jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
					rs.getString("summary"), rs.getString("details")))
			.list());
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, filter.page(), hasNext);
	}

	List<String> subjectTypes() {
		return jdbc.sql("select distinct subject_type from audit_entry where subject_type is not null order by 1")
			.query(String.class)
			.list();
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static String escapeLike(String value) {
		return value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
