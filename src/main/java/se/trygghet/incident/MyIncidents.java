package se.trygghet.incident;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUsers;

/** The incidents the signed-in person reported, newest first: what a field reporter may see of the lägesbild. */
@Component
class MyIncidents {

	/** The most shown: a field reporter looks back at the last few weeks, not at every report ever made. */
	static final int SHOWN = 200;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	MyIncidents(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	public record MyIncident(String category, LocalDateTime occurredAt, @Nullable String area, int severity,
			@Nullable String description) {
	}

	List<MyIncident> list() {
		return list(SHOWN);
	}

	/** The latest {@code shown} of them. */
	List<MyIncident> list(int shown) {
		return jdbc.sql("""
				select c.name_sv, i.occurred_at, a.name, i.severity, i.description
				  from incident i join incident_category c on c.code = i.category
				  left join area a on a.id = i.area_id
				 where i.reported_by = :me order by i.reported_at desc limit :shown
				""")
			.param("me", currentUsers.actorName())
			.param("shown", shown)
			.query((rs, n) -> new MyIncident(rs.getString(1),
					rs.getTimestamp(2).toInstant().atZone(clock.getZone()).toLocalDateTime(), rs.getString(3),
					rs.getInt(4), rs.getString(5)))
			.list();
	}

}
