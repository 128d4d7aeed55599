package se.trygghet.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicators an activity names itself (table {@code activity_indicator}), kept apart from the activity's row. */
@Repository
class ActivityAims {

	private final JdbcClient jdbc;

	ActivityAims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<IndicatorId> named(ActivityId activity) {
		return jdbc.sql("select indicator_id from activity_indicator where activity_id = :a order by position")
			.param("a", activity.value())
			.query((rs, n) -> new IndicatorId(rs.getObject(1, UUID.class)))
			.list();
	}

	Set<ActivityId> naming(IndicatorId indicator) {
		return new LinkedHashSet<>(jdbc.sql("select activity_id from activity_indicator where indicator_id = :i")
			.param("i", indicator.value())
			.query((rs, n) -> new ActivityId(rs.getObject(1, UUID.class)))
			.list());
	}

	void replace(ActivityId activity, List<IndicatorId> indicators) {
		jdbc.sql("delete from activity_indicator where activity_id = :a").param("a", activity.value()).update();
		int position = 0;
		for (IndicatorId indicator : indicators) {
			jdbc.sql("insert into activity_indicator (activity_id, indicator_id, position) values (:a, :i, :p)")
				.param("a", activity.value())
				.param("i", indicator.value())
				.param("p", position++)
				.update();
		}
	}

	Optional<UUID> planOfActivity(ActivityId activity) {
		return jdbc.sql("select plan_id from activity where id = :a")
			.param("a", activity.value())
			.query(UUID.class)
			.optional();
	}

	Optional<UUID> planOfIndicator(IndicatorId indicator) {
		return jdbc.sql("select f.plan_id from indicator i join focus_area f on f.id = i.focus_area_id where i.id = :i")
			.param("i", indicator.value())
			.query(UUID.class)
			.optional();
	}

}
