package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.trygghet.chart.Charts;
import se.trygghet.chart.LineChart;
import se.trygghet.chart.Series;
import se.trygghet.chart.Target;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.indicator.IndicatorSetup.MeasureType;

/** How an indicator's numbers read beside its charts: one precision per indicator, units a reader would write. */
class IndicatorNumbersTests {

	static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	final Charts charts = new Charts();

	final IndicatorCharts indicatorCharts = new IndicatorCharts(null, charts, messages());

	static org.springframework.context.MessageSource messages() {
		var messages = new org.springframework.context.support.ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void writesAPercentageWithTheSamePrecisionAsTheChartTableBesideIt() {
		IndicatorSummary trust = IndicatorFixtures.summary("Tillit bland vuxna", "procent", MeasureType.SURVEY_SHARE,
				null);
		List<String> values = List.of("69", "69.4", "69.45", "70.04");
		List<Double> drawn = new ArrayList<>();
		values.forEach(v -> drawn.add(new BigDecimal(v).doubleValue()));
		var table = charts.render(new LineChart("Tillit", "År", List.of("2018", "2019", "2020", "2021"),
				indicatorCharts.scale(trust, SWEDISH), List.of(new Series("Totalt", drawn)), null), SWEDISH).table();

		for (int i = 0; i < values.size(); i++) {
			assertThat(IndicatorCharts.format(new BigDecimal(values.get(i)), trust, SWEDISH))
				.isEqualTo(table.rows().get(i).cells().get(0));
		}
		assertThat(IndicatorCharts.format(new BigDecimal("69"), trust, SWEDISH)).isEqualTo("69,0\u00a0%");
		assertThat(IndicatorCharts.format(null, trust, SWEDISH)).isEqualTo("..");
	}

	@Test
	void writesACountAsANumberWithoutTheWordAntal() {
		IndicatorSummary reports = IndicatorFixtures.summary("Antal rapporter om otrygga platser", "antal",
				MeasureType.COUNT, IndicatorFixtures.count("2023", 0));
		assertThat(IndicatorCharts.latestText(reports, SWEDISH)).isEqualTo("0 (2023)");

		IndicatorSummary crimes = IndicatorFixtures.summary("Anmälda brott", "antal per 100 000 invånare",
				MeasureType.RATE, IndicatorFixtures.point("2023", "8117.3", null, null, null));
		assertThat(IndicatorCharts.latestText(crimes, SWEDISH)).isEqualTo("8\u00a0117 per 100 000 invånare (2023)");

		// a year without a value is missing, never 0
		IndicatorSummary unknown = IndicatorFixtures.summary("Antal rapporter om otrygga platser", "antal",
				MeasureType.COUNT, IndicatorFixtures.point("2023", null, null, null, null));
		assertThat(IndicatorCharts.latestText(unknown, SWEDISH)).isEqualTo(".. (2023)");
	}

	@Test
	void saysThatTheLatestValueOfAPeriodStillRunningIsPreliminary() {
		IndicatorCatalog.Point soFar = IndicatorFixtures.count("2026", 12);
		soFar = new IndicatorCatalog.Point(soFar.period(), soFar.area(), soFar.breakdown(), soFar.value(),
				MeasurementStatus.PRELIMINARY, null, null, null, null, "platform", "1", null, false);
		IndicatorSummary reports = IndicatorFixtures.summary("Antal rapporter om otrygga platser", "antal",
				MeasureType.COUNT, soFar);
		assertThat(IndicatorCharts.latestText(reports, SWEDISH)).isEqualTo("12 (2026, preliminärt)");
		assertThat(IndicatorCharts.latestText(reports, Locale.ENGLISH)).isEqualTo("12 (2026, preliminary)");
	}

	@Test
	void namesATargetYearWithoutGroupingItsDigits() {
		IndicatorSummary safe = IndicatorFixtures.summary("Trygghet", "procent", MeasureType.SHARE, null);
		IndicatorSetup setup = safe.setup();
		IndicatorSummary withTarget = new IndicatorSummary(safe.id(), safe.plan(), safe.focusArea(), safe.name(),
				safe.unit(), safe.direction(), safe.source(), safe.koladaKpi(),
				new IndicatorSetup(setup.kind(), setup.measure(), setup.breakdowns(), null, null, null,
						new IndicatorSetup.Target(new BigDecimal("70"), 2026), setup.suppression(), 3, null),
				null, safe.assessment(), false);
		Target target = indicatorCharts.target(withTarget, indicatorCharts.scale(withTarget, SWEDISH), SWEDISH);
		assertThat(target).isNotNull();
		assertThat(target.label()).isEqualTo("Mål 2026");
	}

}
