package se.trygghet.indicator;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaCatalog.AreaRef;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.PlanCatalog;

/**
 * Turns what the platform itself records (unsafe-place reports, forum actors, survey answers) into measurements of
 * the indicators that name a platform source: per year of each plan's period up to this year, for the municipality
 * and its kommundelar and stadsdelar. It goes through {@link Measurements#upsert}, so an unchanged count writes
 * nothing and the values carry the same checks as any import. This year's value grows as the year goes on, which is
 * why it runs every hour rather than nightly.
 */
@Service
class PlatformMeasurements {

	/** The source column of these rows: the platform, as opposed to Kolada or a file. */
	static final String SOURCE = "Trygghetsplattformen";

	private static final Logger log = LoggerFactory.getLogger(PlatformMeasurements.class);

	private final PlatformSources sources;

	private final IndicatorSetups setups;

	private final PlanCatalog plans;

	private final AreaCatalog areas;

	private final Measurements measurements;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final String municipality;

	PlatformMeasurements(PlatformSources sources, IndicatorSetups setups, PlanCatalog plans, AreaCatalog areas,
			Measurements measurements, CurrentUsers currentUsers, Clock clock,
			@Value("${app.area.municipality.code:1980}") String municipality) {
		this.sources = sources;
		this.setups = setups;
		this.plans = plans;
		this.areas = areas;
		this.measurements = measurements;
		this.currentUsers = currentUsers;
		this.clock = clock;
		this.municipality = municipality;
	}

	/** Counts every platform indicator again and stores what changed. */
	Measurements.Outcome refresh() {
		int thisYear = LocalDate.now(clock).getYear();
		List<AreaRef> places = Stream
			.of(AreaLevel.KOMMUN, AreaLevel.KOMMUNDEL, AreaLevel.STADSDEL)
			.flatMap(level -> areas.atLevel(municipality, level).stream())
			.toList();
		Map<se.trygghet.plan.ActionPlanId, PlanCatalog.PlanRef> periods = new java.util.HashMap<>();
		plans.plans().forEach(plan -> periods.put(plan.id(), plan));
		List<NewMeasurement> values = new ArrayList<>();
		for (IndicatorSetups.Stored stored : setups.all().values()) {
			String key = stored.setup().platformSource();
			PlanCatalog.PlanRef plan = periods.get(stored.plan());
			if (key == null || plan == null) {
				continue;
			}
			sources.source(key).ifPresent(source -> {
				// the year before the plan starts is its baseline year
				for (int year = plan.periodFrom() - 1; year <= Math.min(plan.periodTo(), thisYear); year++) {
					Period period = Period.year(year);
					for (AreaRef area : places) {
						OptionalDouble value = source.value(period, area.id());
						if (value.isPresent()) {
							values.add(NewMeasurement.of(stored.indicator(), period.toString(), area.id(), "", SOURCE,
									BigDecimal.valueOf(value.getAsDouble()).setScale(2, RoundingMode.HALF_UP)
										.stripTrailingZeros(),
									source.includesDemoData()));
						}
					}
				}
			});
		}
		Measurements.Outcome outcome = currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(),
				() -> measurements.upsert(values));
		if (!outcome.written()) {
			log.warn("Platform indicator values refused: {}", outcome.problems());
		}
		return outcome;
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> platformIndicatorTask(PlatformMeasurements platform,
				@Value("${app.indicator.platform.refresh:PT1H}") Duration every) {
			// a fixed delay also runs shortly after start, so a fresh installation has its values within minutes
			return Tasks.recurring("indicator-platform-sources", Schedules.fixedDelay(every))
				.execute((instance, context) -> platform.refresh());
		}

	}

}
