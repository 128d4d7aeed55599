package se.trygghet.situation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.system.PersonalData;
import se.trygghet.system.Refusal;

/**
 * What the EST group writes for a period: the assessment, the focus places, who saved them and when. A save names the
 * version it was based on; a save over a newer one is refused ({@code concurrent.change}), never written over it.
 */
@Component
class WeekNotes {

	/** The most either text may hold. */
	static final int MAX_TEXT = 20_000;

	private final JdbcClient jdbc;

	private final IncidentReporting reporting;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	WeekNotes(JdbcClient jdbc, IncidentReporting reporting, CurrentUsers currentUsers, Clock clock) {
		this.jdbc = jdbc;
		this.reporting = reporting;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** {@code version} is -1 while nothing is written. */
	public record Note(@Nullable String assessment, @Nullable String focusPlaces, @Nullable String updatedBy,
			@Nullable Instant updatedAt, int version) {
	}

	/** The note form as posted: {@code version} is the one the writer saw, -1 for none yet. */
	public record NoteForm(@Nullable String assessment, @Nullable String focusPlaces, @Nullable Integer version) {
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

	/**
	 * Saves the assessment and focus places of a period; refuses personal identity or phone numbers, a text too long,
	 * and a save based on a version that is no longer the latest.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
	@Transactional
	void save(SituationPeriod period, NoteForm form) {
		String assessment = form.assessment() == null ? "" : form.assessment();
		String focusPlaces = form.focusPlaces() == null ? "" : form.focusPlaces();
		PersonalData.findIn(assessment + "\n" + focusPlaces).ifPresent(kind -> {
			throw Refusal.of("situation.personalData." + kind.key());
		});
		if (assessment.length() > MAX_TEXT || focusPlaces.length() > MAX_TEXT) {
			throw Refusal.of("followup.text.tooLong");
		}
		// a form without a version cannot say what it was based on: stale
		int version = form.version() == null ? Integer.MIN_VALUE : form.version();
		Timestamp now = Timestamp.from(clock.instant());
		int changed = version == -1 ? jdbc.sql("""
				insert into situation_week (municipality, iso_week, assessment, focus_places, updated_by, updated_at)
				values (:m, :w, :a, :f, :by, :at) on conflict do nothing
				""")
			.param("m", reporting.municipality()).param("w", period.key()).param("a", assessment.strip())
			.param("f", focusPlaces.strip()).param("by", currentUsers.actorName()).param("at", now)
			.update()
				: jdbc.sql("""
						update situation_week set assessment = :a, focus_places = :f, updated_by = :by, updated_at = :at,
						       version = version + 1
						 where municipality = :m and iso_week = :w and version = :v
						""")
					.param("m", reporting.municipality()).param("w", period.key()).param("a", assessment.strip())
					.param("f", focusPlaces.strip()).param("by", currentUsers.actorName()).param("at", now)
					.param("v", version)
					.update();
		if (changed != 1) {
			throw Refusal.of("concurrent.change");
		}
	}

}
