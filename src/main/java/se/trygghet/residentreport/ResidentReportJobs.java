package se.trygghet.residentreport;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily work on residents' reports: asking, four weeks after "åtgärdad", whether it really is fixed (once per
 * fix), and deleting personal data a configured time after a case closed: the reporter's and followers' e-mail
 * addresses and the original photo (the cleaned copy stays). Also forgets old rate-limit rows. Every few minutes,
 * deletes photos kept for a form that no report claimed within {@code app.residentreport.pending-photo-max-age}.
 */
@Component
class ResidentReportJobs {

	private final JdbcClient jdbc;

	private final ResidentNotices notices;

	private final RateLimit rateLimit;

	private final Clock clock;

	private final Duration fixedCheckAfter;

	private final Duration personalDataAfter;

	private final Duration pendingPhotoMaxAge;

	ResidentReportJobs(JdbcClient jdbc, ResidentNotices notices, RateLimit rateLimit, Clock clock,
			@Value("${app.residentreport.fixed-check-after:P28D}") Duration fixedCheckAfter,
			@Value("${app.residentreport.personal-data-after:P90D}") Duration personalDataAfter,
			@Value("${app.residentreport.pending-photo-max-age:PT30M}") Duration pendingPhotoMaxAge) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.rateLimit = rateLimit;
		this.clock = clock;
		this.fixedCheckAfter = fixedCheckAfter;
		this.personalDataAfter = personalDataAfter;
		this.pendingPhotoMaxAge = pendingPhotoMaxAge;
		// the "is it fixed?" question needs the address, so it must not be deleted before the question is asked
		if (personalDataAfter.compareTo(fixedCheckAfter.plusDays(7)) < 0) {
			throw new IllegalArgumentException("app.residentreport.personal-data-after must be at least a week longer "
					+ "than app.residentreport.fixed-check-after");
		}
	}

	public record Due(ResidentReportId id, long number, String token) {
	}

	/** Asks the reporters of reports fixed long enough ago; returns how many were asked. */
	@Transactional
	int askWhetherFixed() {
		Instant now = clock.instant();
		var due = jdbc.sql("""
				update resident_report set fixed_check_sent_at = :now
				 where status = 'ATGARDAD' and fixed_at <= :before and fixed_check_sent_at is null
				returning id, number, token
				""")
			.param("now", Timestamp.from(now))
			.param("before", Timestamp.from(now.minus(fixedCheckAfter)))
			.query((rs, n) -> new Due(new ResidentReportId(rs.getObject(1, UUID.class)), rs.getLong(2), rs.getString(3)))
			.list();
		due.forEach(d -> notices.askWhetherFixed(d.id(), d.number(), d.token()));
		return due.size();
	}

	/** Deletes e-mail addresses and original photos of cases closed long enough ago; returns how many cases. */
	@Transactional
	int deletePersonalData() {
		Timestamp before = Timestamp.from(clock.instant().minus(personalDataAfter));
		Timestamp now = Timestamp.from(clock.instant());
		var cases = jdbc.sql("""
				update resident_report r set email = null, personal_data_deleted_at = :now
				 where r.closed_at <= :before and r.status in ('ATGARDAD', 'AVSLUTAD', 'HANVISAD')
				   and (r.email is not null
				        or exists (select 1 from resident_report_follower f where f.report_id = r.id and f.email is not null)
				        or exists (select 1 from resident_report_photo p where p.report_id = r.id and p.original is not null))
				returning r.id
				""").param("now", now).param("before", before).query(UUID.class).list();
		if (!cases.isEmpty()) {
			UUID[] ids = cases.toArray(UUID[]::new);
			jdbc.sql("update resident_report_follower set email = null where report_id = any(:ids)").param("ids", ids)
				.update();
			jdbc.sql("update resident_report_photo set original = null where report_id = any(:ids)").param("ids", ids)
				.update();
		}
		rateLimit.forgetOld();
		return cases.size();
	}

	/**
	 * Deletes photos kept while a form was shown again (the resident was asked about reports nearby) that no report
	 * took within the configured time: a photo is several megabytes, and one a report does not claim was either
	 * abandoned or sent to fill the database. Returns how many.
	 */
	int deleteUnclaimedPhotos() {
		return jdbc.sql("delete from resident_pending_photo where created_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(pendingPhotoMaxAge)))
			.update();
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		/** Nightly in the municipality's time (the clock's zone), before the working day. */
		@Bean
		RecurringTask<Void> residentReportDailyTask(ResidentReportJobs jobs, Clock clock,
				@Value("${app.residentreport.job-time:05:30}") LocalTime at) {
			return Tasks.recurring("residentreport-daily", Schedules.daily(clock.getZone(), at))
				.execute((instance, context) -> {
					jobs.askWhetherFixed();
					jobs.deletePersonalData();
				});
		}

		/** Often enough that an unclaimed photo lives little longer than the configured time. */
		@Bean
		RecurringTask<Void> residentPendingPhotoTask(ResidentReportJobs jobs) {
			return Tasks.recurring("residentreport-pending-photos", Schedules.fixedDelay(Duration.ofMinutes(5)))
				.execute((instance, context) -> jobs.deleteUnclaimedPhotos());
		}

	}

}
