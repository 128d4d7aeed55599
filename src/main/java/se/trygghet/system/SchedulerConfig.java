package se.trygghet.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cluster-safe background jobs with db-scheduler: modules declare their jobs as {@link RecurringTask} beans, and
 * whichever node claims a due execution in the database runs it, so several nodes never run the same job twice. A job
 * missed while every node was down runs when the first node starts.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfig {

	@Bean
	SchedulerLifecycle scheduler(DataSource dataSource, List<RecurringTask<?>> recurring,
			@Value("${app.scheduler.enabled:true}") boolean enabled,
			@Value("${app.scheduler.polling-interval:PT30S}") Duration polling) {
		// recurring tasks are known to the scheduler through startTasks, which also schedules their first run
		return new SchedulerLifecycle(() -> Scheduler.create(dataSource, List.<Task<?>>of())
			.startTasks(recurring)
			.threads(2)
			.pollingInterval(polling)
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build(), enabled);
	}

	/**
	 * Starts after the database is migrated and the web server is up; stops before the data source closes. A stopped
	 * db-scheduler cannot start again (its executors are gone), so every start builds a fresh one: the context may be
	 * stopped and started again, as Spring's test context cache does with contexts it is not using.
	 */
	static final class SchedulerLifecycle implements SmartLifecycle {

		private final java.util.function.Supplier<Scheduler> schedulers;

		private final boolean enabled;

		private volatile @org.jspecify.annotations.Nullable Scheduler scheduler;

		SchedulerLifecycle(java.util.function.Supplier<Scheduler> schedulers, boolean enabled) {
			this.schedulers = schedulers;
			this.enabled = enabled;
		}

		@Override
		public synchronized void start() {
			if (enabled && scheduler == null) {
				Scheduler fresh = schedulers.get();
				fresh.start();
				scheduler = fresh;
			}
		}

		@Override
		public synchronized void stop() {
			Scheduler current = scheduler;
			if (current != null) {
				current.stop();
				scheduler = null;
			}
		}

		@Override
		public boolean isRunning() {
			return scheduler != null;
		}

	}

}
