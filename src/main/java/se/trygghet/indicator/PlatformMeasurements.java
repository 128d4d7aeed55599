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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaCatalog.AreaRef;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;

/**
 * Turns what the platform itself records (unsafe-place reports, forum actors, survey answers) into measurements of
 * the indicators that name a platform source: per year from the plan's baseline year (the year before its period) up
 * to this year, also after the plan's period has ended, for the municipality and its kommundelar and stadsdelar. It
 * goes through {@link Measurements#upsert}, so an unchanged count writes nothing and the values carry the same checks
 * as any import.
 * <ul>
 * <li>A year that ends before the source's {@link PlatformIndicatorSource#firstData() first data}, or for which the
 * source has no data, is stored as missing (no number), never as 0.</li>
 * <li>This year's value is preliminary: it grows as the year goes on, which is why the refresh runs every hour rather
 * than nightly. When the year is over, the next refresh stores it as final.</li>
 * <li>A value withheld by the source (too few survey answers) is stored as suppressed, with how many answered.</li>
 * <li>An area the source does not measure at all gets no row.</li>
 * </ul>
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
		LocalDate today = LocalDate.now(clock);
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
				Optional<LocalDate> first = source.firstData();
				boolean demo = source.includesDemoData();
				// the year before the plan starts is its baseline year
				for (int year = plan.periodFrom() - 1; year <= today.getYear(); year++) {
					Period period = Period.year(year);
					boolean beforeData = first.isEmpty() || !period.end().isAfter(first.get());
					boolean running = period.end().isAfter(today);
					for (AreaRef area : places) {
						NewMeasurement value = measurement(stored.indicator(), period, area.id(),
								source.read(period, area.id()), beforeData, running, demo);
						if (value != null) {
							values.add(value);
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

	/** The row a reading becomes, or null for an area the source does not measure. */
	private static @Nullable NewMeasurement measurement(IndicatorId indicator, Period period, AreaId area,
			PlatformIndicatorSource.Reading reading, boolean beforeData, boolean running, boolean demo) {
		PlatformIndicatorSource.Reading.Kind kind = reading.kind();
		if (kind == PlatformIndicatorSource.Reading.Kind.NOT_MEASURED) {
			return null;
		}
		if (beforeData || kind == PlatformIndicatorSource.Reading.Kind.NO_DATA) {
			// nothing was collected: nothing invented either, whatever else the source holds
			return new NewMeasurement(indicator, period.toString(), area, "", SOURCE, null, MeasurementStatus.MISSING,
					null, null, null, NewMeasurement.FIRST_METHOD, null, false);
		}
		if (kind == PlatformIndicatorSource.Reading.Kind.WITHHELD) {
			return new NewMeasurement(indicator, period.toString(), area, "", SOURCE, null,
					MeasurementStatus.SUPPRESSED, null, null, reading.respondents(), NewMeasurement.FIRST_METHOD, null,
					demo);
		}
		BigDecimal value = java.util.Objects.requireNonNull(reading.value())
			.setScale(2, RoundingMode.HALF_UP)
			.stripTrailingZeros();
		return new NewMeasurement(indicator, period.toString(), area, "", SOURCE, value,
				running ? MeasurementStatus.PRELIMINARY : MeasurementStatus.NORMAL, null, null, reading.respondents(),
				NewMeasurement.FIRST_METHOD, null, demo);
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
