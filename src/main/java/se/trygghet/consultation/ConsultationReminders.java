package se.trygghet.consultation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the committees that have not submitted their answer, a configured number of days before an open
 * consultation's last day ({@code app.consultation.reminder-days}, default 7 and 1). A reminder day is the last day
 * less one of those numbers; each committee gets one reminder per reminder day (table {@code consultation_reminder},
 * whose key is the once-only guard, also when two nodes race). When the job was down over several reminder days, one
 * reminder (for the latest) goes out, not a burst.
 */
@Component
class ConsultationReminders {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Set<Integer> daysBefore;

	ConsultationReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${app.consultation.reminder-days:7,1}") List<Integer> daysBefore) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.daysBefore = new TreeSet<>(daysBefore);
		if (this.daysBefore.stream().anyMatch(d -> d < 0)) {
			throw new IllegalArgumentException("app.consultation.reminder-days must not be negative: " + daysBefore);
		}
	}

	private record Open(ConsultationId id, String planName, LocalDate deadline) {
	}

	/** Sends the reminders due today; returns how many committees got one. */
	@Transactional
	int sendDue() {
		LocalDate today = LocalDate.now(clock);
		List<Open> open = jdbc.sql("select id, plan_name, deadline from consultation where closed_at is null")
			.query((rs, n) -> new Open(new ConsultationId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getDate(3).toLocalDate()))
			.list();
		int reminded = 0;
		for (Open consultation : open) {
			Optional<LocalDate> day = reminderDay(consultation.deadline(), today);
			if (day.isEmpty()) {
				continue;
			}
			List<UUID> unanswered = jdbc.sql("""
					select committee_id from consultation_committee
					 where consultation_id = :c and submitted_at is null order by name
					""").param("c", consultation.id().value()).query(UUID.class).list();
			List<UUID> claimed = new ArrayList<>();
			for (UUID committee : unanswered) {
				int inserted = jdbc.sql("""
						insert into consultation_reminder (consultation_id, committee_id, reminder_day, sent_at)
						values (:c, :committee, :day, :at) on conflict do nothing
						""")
					.param("c", consultation.id().value())
					.param("committee", committee)
					.param("day", day.get())
					.param("at", Timestamp.from(clock.instant()))
					.update();
				if (inserted > 0) {
					claimed.add(committee);
				}
			}
			if (!claimed.isEmpty()) {
				events.publishEvent(new ConsultationEvents.ConsultationReminded(consultation.id(),
						consultation.planName(), consultation.deadline(), claimed,
						(int) ChronoUnit.DAYS.between(today, consultation.deadline())));
				reminded += claimed.size();
			}
		}
		return reminded;
	}

	/** The latest reminder day on or before today, if the last day has not passed and one has come. */
	private Optional<LocalDate> reminderDay(LocalDate deadline, LocalDate today) {
		if (today.isAfter(deadline)) {
			return Optional.empty();
		}
		return daysBefore.stream()
			.map(deadline::minusDays)
			.filter(day -> !day.isAfter(today))
			.max(LocalDate::compareTo);
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		/** Every morning in the municipality's time (the clock's zone), as a working day starts. */
		@Bean
		RecurringTask<Void> consultationReminderTask(ConsultationReminders reminders, Clock clock,
				@Value("${app.consultation.reminder-time:07:00}") LocalTime at) {
			return Tasks.recurring("consultation-reminders", Schedules.daily(clock.getZone(), at))
				.execute((instance, context) -> reminders.sendDue());
		}

	}

}
