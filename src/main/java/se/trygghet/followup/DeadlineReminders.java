package se.trygghet.followup;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
 * Reminds the committees that have not yet submitted, a configured number of days before a round's deadline
 * ({@code app.followup.reminder-days}, default 7 and 1). Each reminder goes out once per round and lead time; when the
 * job was down and several lead times have passed, one reminder (the latest due) goes out, not a burst.
 */
@Component
class DeadlineReminders {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Set<Integer> daysBefore;

	DeadlineReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${app.followup.reminder-days:7,1}") List<Integer> daysBefore) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.daysBefore = new TreeSet<>(daysBefore);
		if (this.daysBefore.stream().anyMatch(d -> d < 0)) {
			throw new IllegalArgumentException("app.followup.reminder-days must not be negative: " + daysBefore);
		}
	}

	public record OpenRound(RoundId id, String title, LocalDate deadline) {
	}

	/** Sends the reminders that are due today; returns how many rounds got one. */
	@Transactional
	int sendDue() {
		LocalDate today = LocalDate.now(clock);
		List<OpenRound> open = jdbc.sql("select id, title, deadline from reporting_round where state = 'OPEN'")
			.query((rs, n) -> new OpenRound(new RoundId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getDate(3).toLocalDate()))
			.list();
		int sent = 0;
		for (OpenRound round : open) {
			if (today.isAfter(round.deadline())) {
				continue;
			}
			List<Integer> due = daysBefore.stream().filter(d -> !today.isBefore(round.deadline().minusDays(d))).toList();
			if (due.isEmpty()) {
				continue;
			}
			List<UUID> committees = jdbc.sql("""
					select distinct committee_id from report
					 where round_id = :r and state in ('DRAFT', 'RETURNED')
					""").param("r", round.id().value()).query(UUID.class).list();
			int claimed = 0;
			for (int days : due) {
				// the primary key makes this the once-only guard, also when two nodes race
				claimed += jdbc.sql("""
						insert into reminder_sent (round_id, days_before, sent_at, committees)
						values (:r, :d, :at, :c) on conflict do nothing
						""")
					.param("r", round.id().value())
					.param("d", days)
					.param("at", Timestamp.from(clock.instant()))
					.param("c", committees.size())
					.update();
			}
			if (claimed > 0 && !committees.isEmpty()) {
				events.publishEvent(new FollowUpEvents.DeadlineReminded(round.id(), round.title(),
						round.deadline(), committees, (int) java.time.temporal.ChronoUnit.DAYS.between(today,
								round.deadline())));
				sent++;
			}
		}
		return sent;
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		/** Every morning in the municipality's time (the clock's zone), so reminders arrive as a working day starts. */
		@Bean
		RecurringTask<Void> deadlineReminderTask(DeadlineReminders reminders, Clock clock,
				@Value("${app.followup.reminder-time:07:00}") LocalTime at) {
			return Tasks.recurring("followup-deadline-reminders", Schedules.daily(clock.getZone(), at))
				.execute((instance, context) -> reminders.sendDue());
		}

	}

}
