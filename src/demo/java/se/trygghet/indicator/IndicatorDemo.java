package se.trygghet.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaCatalog.AreaRef;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * For the demo only: invented yearly values 2015–2023 for every indicator of Västerås' plan, for the municipality
 * (total, and women and men or girls and boys where the indicator is broken down by gender) and for each demo area
 * below it, with source {@value #SOURCE} and the demo flag. The figures are plausible in each indicator's unit and
 * deterministic; small areas give small counts and few respondents, so disclosure control has something to withhold,
 * and one series changes method in 2022, so one verdict cannot be given. Written once, through the same upsert as
 * every import.
 */
@Component
@Profile("demo")
@Order(35)
class IndicatorDemo implements ApplicationRunner {

	static final String SOURCE = "demo";

	static final int FIRST_YEAR = 2015;

	static final int LAST_YEAR = 2023;

	private static final Logger log = LoggerFactory.getLogger(IndicatorDemo.class);

	private final Measurements measurements;

	private final IndicatorSetups setups;

	private final PlanCatalog plans;

	private final AreaCatalog areas;

	private final CurrentUsers currentUsers;

	private final ResourceLoader resources;

	private final String location;

	private final String municipality;

	IndicatorDemo(Measurements measurements, IndicatorSetups setups, PlanCatalog plans, AreaCatalog areas,
			CurrentUsers currentUsers, ResourceLoader resources, @Value("${app.indicator.demo-series:}") String location,
			@Value("${app.area.municipality.code:1980}") String municipality) {
		this.measurements = measurements;
		this.setups = setups;
		this.plans = plans;
		this.areas = areas;
		this.currentUsers = currentUsers;
		this.resources = resources;
		this.location = location;
		this.municipality = municipality;
	}

	public record DemoFile(String plan, List<Entry> series) {
	}

	public record Entry(String name, double start, double perYear, @Nullable Double gap, @Nullable List<Integer> years,
			@Nullable Integer newMethodFrom, @Nullable Double jump) {
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (location.isBlank() || measurements.anyDemo()) {
			return;
		}
		DemoFile file;
		try (InputStream in = resources.getResource(location).getInputStream()) {
			file = YAMLMapper.builder().build().readValue(in.readAllBytes(), DemoFile.class);
		}
		Optional<PlanCatalog.PlanOutline> plan = IndicatorBootstrap.outline(plans, file.plan());
		Optional<AreaRef> kommun = areas.area(municipality, AreaLevel.KOMMUN, municipality);
		if (plan.isEmpty() || kommun.isEmpty()) {
			return;
		}
		List<AreaRef> parts = Stream.of(AreaLevel.KOMMUNDEL, AreaLevel.STADSDEL)
			.flatMap(level -> areas.atLevel(municipality, level).stream())
			.filter(AreaRef::demo)
			.toList();
		Map<IndicatorId, IndicatorSetups.Stored> all = setups.all();
		List<NewMeasurement> values = new ArrayList<>();
		plan.get().focusAreas().stream().flatMap(f -> f.indicators().stream()).forEach(indicator -> {
			IndicatorSetups.Stored stored = all.get(indicator.id());
			file.series()
				.stream()
				.filter(e -> e.name().equals(indicator.name()))
				.findFirst()
				.filter(e -> stored != null)
				.ifPresent(entry -> values.addAll(series(indicator.id(), stored.setup(), entry, kommun.get(), parts)));
		});
		Measurements.Outcome outcome = currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(),
				() -> measurements.upsert(values));
		if (!outcome.written()) {
			throw new IllegalStateException("The demo series were refused: " + outcome.problems());
		}
		log.info("Demo series: {} invented indicator values for {} areas", outcome.added(), parts.size() + 1);
	}

	/** Every demo value of one indicator. */
	static List<NewMeasurement> series(IndicatorId indicator, IndicatorSetup setup, Entry entry, AreaRef kommun,
			List<AreaRef> parts) {
		List<Integer> years = entry.years() != null ? entry.years()
				: IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList();
		List<String> women = setup.breakdowns().getOrDefault("kon", List.of()).stream()
			.filter(o -> o.equals("kvinnor") || o.equals("flickor")).toList();
		List<String> men = setup.breakdowns().getOrDefault("kon", List.of()).stream()
			.filter(o -> o.equals("man") || o.equals("pojkar")).toList();
		Generator generator = new Generator(indicator, setup.measure(), entry);
		List<NewMeasurement> values = new ArrayList<>();
		for (int year : years) {
			double level = entry.start() + entry.perYear() * (year - FIRST_YEAR)
					+ (changed(entry, year) ? Objects.requireNonNullElse(entry.jump(), 0.0) : 0);
			values.add(generator.value(year, kommun, "", level, 1.0));
			if (!women.isEmpty() && !men.isEmpty()) {
				double gap = Objects.requireNonNullElse(entry.gap(), 0.0);
				boolean counts = setup.measure() == IndicatorSetup.MeasureType.COUNT;
				values.add(generator.value(year, kommun, "kon=" + women.get(0), counts ? level * 0.6 : level + gap / 2, 0.5));
				values.add(generator.value(year, kommun, "kon=" + men.get(0), counts ? level * 0.4 : level - gap / 2, 0.5));
			}
			for (int i = 0; i < parts.size(); i++) {
				values.add(generator.inArea(year, parts.get(i), i, level, parts.size()));
			}
		}
		return values;
	}

	private static boolean changed(Entry entry, int year) {
		return entry.newMethodFrom() != null && year >= entry.newMethodFrom();
	}

	/** Turns a level into a stored value with plausible counts, and a little deterministic noise. */
	private record Generator(IndicatorId indicator, IndicatorSetup.MeasureType measure, Entry entry) {

		private static final int KOMMUN_RESPONDENTS = 1400;

		private static final int KOMMUN_POPULATION = 157_000;

		NewMeasurement value(int year, AreaRef area, String breakdown, double level, double share) {
			double noisy = level * (1 + 0.015 * noise(area.code() + breakdown, year));
			return switch (measure) {
				case COUNT -> plain(year, area, breakdown, Math.max(0, Math.round(noisy)));
				case RATE -> rate(year, area, breakdown, noisy, (int) (KOMMUN_POPULATION * share));
				case SHARE, SURVEY_SHARE -> share(year, area, breakdown, noisy, (int) (KOMMUN_RESPONDENTS * share));
				case INDEX -> stored(year, area, breakdown, round(noisy, 1), null, null, 45);
			};
		}

		/** An area's value: levels shifted per area for shares and indexes, counts and rates split by size. */
		NewMeasurement inArea(int year, AreaRef area, int index, double level, int areas) {
			int spread = Math.floorMod(Objects.hash(entry.name(), area.code()), 21) - 10;
			double noisy = 1 + 0.03 * noise(area.code(), year);
			return switch (measure) {
				case COUNT -> plain(year, area, "",
						Math.round(level * 0.85 * noisy * (1 + Math.floorMod(spread, 5)) / (3.0 * areas)));
				case RATE -> rate(year, area, "", level * noisy * (1 + spread / 20.0), 4000 + 900 * Math.floorMod(spread, 12));
				// the first area is small: too few answer its surveys for the public to see them
				case SHARE, SURVEY_SHARE -> share(year, area, "", level + spread * noisy,
						index == 0 && measure == IndicatorSetup.MeasureType.SURVEY_SHARE ? 8 : 60 + 10 * (spread + 10));
				case INDEX -> stored(year, area, "", round(level + spread * noisy, 1), null, null, 4 + Math.floorMod(spread, 12));
			};
		}

		private NewMeasurement rate(int year, AreaRef area, String breakdown, double rate, int population) {
			long crimes = Math.round(rate * population / 100_000);
			BigDecimal value = BigDecimal.valueOf(crimes * 100_000.0 / population).setScale(0, RoundingMode.HALF_EVEN);
			return stored(year, area, breakdown, value, BigDecimal.valueOf(crimes), BigDecimal.valueOf(population), null);
		}

		private NewMeasurement share(int year, AreaRef area, String breakdown, double percent, int asked) {
			double bounded = Math.max(0.5, Math.min(99.5, percent));
			long yes = Math.round(bounded / 100 * asked);
			BigDecimal value = BigDecimal.valueOf(yes * 100.0 / asked).setScale(1, RoundingMode.HALF_EVEN);
			boolean survey = measure == IndicatorSetup.MeasureType.SURVEY_SHARE;
			return stored(year, area, breakdown, value, BigDecimal.valueOf(yes), BigDecimal.valueOf(asked),
					survey ? asked : null);
		}

		private NewMeasurement plain(int year, AreaRef area, String breakdown, long count) {
			return stored(year, area, breakdown, BigDecimal.valueOf(count), null, null, null);
		}

		private NewMeasurement stored(int year, AreaRef area, String breakdown, BigDecimal value,
				@Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable Integer respondents) {
			return new NewMeasurement(indicator, String.valueOf(year), area.id(), breakdown, SOURCE, value,
					MeasurementStatus.NORMAL, numerator, denominator, respondents, changed(entry, year) ? "2" : "1",
					LocalDate.of(year + 1, 3, 31), true);
		}

		private double noise(String key, int year) {
			return new Random(Objects.hash(entry.name(), key, year)).nextGaussian();
		}

		private static BigDecimal round(double value, int scale) {
			return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
		}

	}

}
