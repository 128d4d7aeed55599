package se.trygghet.indicator;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;

/**
 * Everything indicator pages and API answers are built from, as numbers that change whenever it changes: the
 * measurements (bumped by every upsert that writes), the setups, the categories, the plans (names, units, directions)
 * and the areas. Read from the database on every request, so a cache keyed by it is never stale, on any node.
 */
@Component
class IndicatorRevision {

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	IndicatorRevision(JdbcClient jdbc, AreaCatalog areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** A key part that equals the last one exactly when nothing indicators show has changed. */
	List<Long> current() {
		List<Long> revision = jdbc.sql("""
				select (select revision from indicator_revision where id = 1),
				       (select coalesce(sum(version), 0) + count(*) from indicator_setup),
				       (select count(*) from indicator_category_option),
				       (select coalesce(sum(revision), 0) + count(*) from action_plan)
				""").query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
		return List.of(revision.get(0), revision.get(1), revision.get(2), revision.get(3), areas.revision());
	}

}
