package se.trygghet.indicator;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghet.indicator.kolada.KoladaClient;
import se.trygghet.indicator.kolada.KoladaSettings;

/**
 * Wires the Kolada client from {@code app.indicator.kolada.*} and runs the Kolada import every night at
 * {@code app.indicator.kolada.import-time} (default 03:30) Swedish time, through db-scheduler, so one node runs it. With
 * {@code app.indicator.kolada.enabled=false} (the test profile) the nightly job does nothing; an import on demand still
 * works.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KoladaSettings.class)
class KoladaJob {

	private static final Logger log = LoggerFactory.getLogger(KoladaJob.class);

	@Bean
	KoladaClient koladaClient(KoladaSettings settings) {
		return new KoladaClient(settings);
	}

	@Bean
	RecurringTask<Void> koladaImportTask(KoladaImport kolada, java.time.Clock clock,
			@Value("${app.indicator.kolada.import-time:03:30}") LocalTime at,
			@Value("${app.indicator.kolada.enabled:true}") boolean enabled) {
		return Tasks.recurring("indicator-kolada-import", Schedules.daily(clock.getZone(), at))
			.execute((instance, context) -> {
				if (!enabled) {
					log.debug("Nightly Kolada import is off (app.indicator.kolada.enabled=false)");
					return;
				}
				kolada.runNightly();
			});
	}

}
