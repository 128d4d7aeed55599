package se.trygghet.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a definitions file ({@code trygghetsplattformen/indicators@1}, e.g.
 * {@code indicators/vasteras-2021-2023.yaml}) and checks it against the plan it is for: every entry must name one of
 * the plan's indicators by focus area and name, agree with the plan's Kolada id, use known categories, options and
 * platform sources, and every indicator of the plan must have an entry. The plan's stated figures are matched by their
 * description and given a breakdown; their period and value are the plan's own.
 */
final class IndicatorDefinitions {

	static final String FORMAT = "trygghetsplattformen/indicators@1";

	/** How many of the latest yearly values a verdict averages when the file names no window. */
	static final int DEFAULT_VERDICT_WINDOW = 3;

	private IndicatorDefinitions() {
	}

	public record File(String format, String plan, List<Entry> indicators) {
	}

	public record Entry(int focusArea, String name, @Nullable String koladaKpi, String kind, String measure,
			@Nullable Map<String, List<String>> breakdowns, IndicatorSetup.@Nullable Calculation calculation,
			@Nullable String platformSource, @Nullable BaselineEntry baseline, IndicatorSetup.@Nullable Target target,
			String suppression, @Nullable Integer verdictWindow, @Nullable String methodNotes,
			@Nullable List<StatedEntry> statedFigures) {
	}

	public record BaselineEntry(String period, BigDecimal value) {
	}

	public record StatedEntry(String description, String breakdown) {
	}

	/** An indicator's setup, and the plan's stated figures for it as values to store. */
	public record Definition(IndicatorId indicator, IndicatorSetup setup, List<StatedValue> statedFigures) {
	}

	public record StatedValue(Period period, Breakdown breakdown, BigDecimal value) {
	}

	public record Result(String plan, List<Definition> definitions, List<String> problems) {

		boolean ok() {
			return problems.isEmpty();
		}

	}

	static File parse(byte[] content) {
		try {
			return YAMLMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(content, File.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The indicator definitions cannot be read: " + ex.getOriginalMessage(), ex);
		}
	}

	static Result check(File file, PlanCatalog.PlanOutline plan, List<IndicatorCatalog.Category> categories) {
		List<String> problems = new ArrayList<>();
		List<Definition> definitions = new ArrayList<>();
		if (!FORMAT.equals(file.format())) {
			problems.add("format: expected " + FORMAT + ", found " + file.format());
		}
		if (!plan.key().equals(file.plan())) {
			problems.add("plan: the file is for " + file.plan() + ", not " + plan.key());
		}
		Set<IndicatorId> covered = new HashSet<>();
		for (int i = 0; i < file.indicators().size(); i++) {
			Entry entry = file.indicators().get(i);
			String where = "indicators[" + i + "] (" + entry.name() + ")";
			Optional<PlanCatalog.IndicatorOutline> found = plan.focusArea(entry.focusArea())
				.flatMap(f -> f.indicators().stream().filter(x -> x.name().equals(entry.name())).findFirst());
			if (found.isEmpty()) {
				problems.add(where + ": focus area " + entry.focusArea() + " has no indicator of that name");
				continue;
			}
			PlanCatalog.IndicatorOutline indicator = found.get();
			if (!covered.add(indicator.id())) {
				problems.add(where + ": the indicator has two entries");
			}
			if (!Objects.equals(entry.koladaKpi(), indicator.koladaKpi())) {
				problems.add(where + ": Kolada id " + entry.koladaKpi() + " differs from the plan's "
						+ indicator.koladaKpi());
			}
			try {
				IndicatorSetup setup = setup(entry);
				checkOptions(where, setup, categories, problems);
				if (setup.platformSource() != null && !PlatformSources.isKnown(setup.platformSource())) {
					problems.add(where + ": unknown platform source " + setup.platformSource());
				}
				definitions.add(new Definition(indicator.id(), setup, stated(where, entry, indicator, setup, problems)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(where + ": " + ex.getMessage());
			}
		}
		plan.focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.filter(indicator -> !covered.contains(indicator.id()))
			.forEach(indicator -> problems.add("the plan's indicator \"" + indicator.name() + "\" has no entry"));
		return new Result(plan.key(), definitions, problems);
	}

	private static IndicatorSetup setup(Entry entry) {
		BaselineEntry baseline = entry.baseline();
		return new IndicatorSetup(IndicatorSetup.Kind.valueOf(entry.kind()),
				IndicatorSetup.MeasureType.valueOf(entry.measure()),
				entry.breakdowns() == null ? Map.of() : entry.breakdowns(), entry.calculation(), entry.platformSource(),
				baseline == null ? null : new IndicatorSetup.Baseline(Period.parse(baseline.period()), baseline.value()),
				entry.target(), IndicatorSetup.SuppressionClass.valueOf(entry.suppression()),
				entry.verdictWindow() == null ? DEFAULT_VERDICT_WINDOW : entry.verdictWindow(), entry.methodNotes());
	}

	private static void checkOptions(String where, IndicatorSetup setup, List<IndicatorCatalog.Category> categories,
			List<String> problems) {
		setup.breakdowns().forEach((category, options) -> {
			Optional<IndicatorCatalog.Category> known = categories.stream().filter(c -> c.key().equals(category)).findFirst();
			if (known.isEmpty()) {
				problems.add(where + ": unknown category " + category);
				return;
			}
			for (String option : options) {
				if (Breakdown.TOTAL_OPTION.equals(option)
						|| known.get().options().stream().noneMatch(o -> o.key().equals(option))) {
					problems.add(where + ": category " + category + " has no option " + option);
				}
			}
		});
	}

	private static List<StatedValue> stated(String where, Entry entry, PlanCatalog.IndicatorOutline indicator,
			IndicatorSetup setup, List<String> problems) {
		List<StatedEntry> mapped = entry.statedFigures() == null ? List.of() : entry.statedFigures();
		List<StatedValue> values = new ArrayList<>();
		for (PlanCatalog.StatedFigure figure : indicator.statedFigures()) {
			Optional<StatedEntry> mapping = mapped.stream()
				.filter(m -> m.description().equals(figure.description()))
				.findFirst();
			if (mapping.isEmpty()) {
				problems.add(where + ": the stated figure \"" + figure.description() + "\" is not mapped");
				continue;
			}
			Breakdown breakdown = new Breakdown(mapping.get().breakdown());
			if (!setup.allows(breakdown)) {
				problems.add(where + ": the stated figure's breakdown " + breakdown + " is not among the indicator's");
			}
			values.add(new StatedValue(Period.parse(figure.period()), breakdown, figure.value()));
		}
		if (mapped.size() > indicator.statedFigures().size()) {
			problems.add(where + ": maps stated figures the plan does not state");
		}
		return values;
	}

}
