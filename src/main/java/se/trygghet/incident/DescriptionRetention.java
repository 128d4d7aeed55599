package se.trygghet.incident;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clears incident descriptions once they are older than {@code app.situation.description-retention} (default 365
 * days): free text is where personal data slips in despite the checks, while the counts, places and categories the
 * lägesbild needs stay. Runs every night on one node.
 */
@Component
class DescriptionRetention {

	private static final Logger log = LoggerFactory.getLogger(DescriptionRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	DescriptionRetention(JdbcClient jdbc, Clock clock,
			@Value("${app.situation.description-retention:P365D}") Duration retention) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("app.situation.description-retention must be positive: " + retention);
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	/** Clears what has passed its time; returns how many descriptions were cleared. */
	@Transactional
	int clearExpired() {
		int cleared = jdbc.sql("""
				update incident set description = null, description_cleared_at = :now
				 where description is not null and reported_at < :cutoff
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("cutoff", Timestamp.from(clock.instant().minus(retention)))
			.update();
		if (cleared > 0) {
			log.info("Cleared {} incident descriptions older than {}", cleared, retention);
		}
		return cleared;
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> incidentDescriptionRetentionTask(DescriptionRetention retention, Clock clock) {
			return Tasks.recurring("situation-description-retention",
					Schedules.daily(clock.getZone(), LocalTime.of(2, 15)))
				.execute((instance, context) -> retention.clearExpired());
		}

	}

}
