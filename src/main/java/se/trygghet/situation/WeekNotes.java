package se.trygghet.situation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what the EST group wrote for a period: the assessment, the focus places, who saved them and when. */
@Component
class WeekNotes {

	private final JdbcClient jdbc;

	WeekNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code version} is -1 while nothing is written. */
	record Note(@Nullable String assessment, @Nullable String focusPlaces, @Nullable String updatedBy,
			@Nullable Instant updatedAt, int version) {
	}

	Note find(String municipality, SituationPeriod period) {
		return jdbc.sql("""
				select assessment, focus_places, updated_by, updated_at, version from situation_week
				 where municipality = :m and iso_week = :w
				""")
			.param("m", municipality)
			.param("w", period.key())
			.query((rs, n) -> new Note(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5)))
			.optional()
			.orElse(new Note(null, null, null, null, -1));
	}

}
