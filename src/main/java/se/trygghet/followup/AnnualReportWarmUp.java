package se.trygghet.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.trygghet.chart.Charts;
import se.trygghet.chart.LineChart;
import se.trygghet.chart.Scale;
import se.trygghet.chart.Series;
import se.trygghet.chart.Target;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.Direction;

/**
 * Renders an invented annual report in the background once the platform has started, and throws it away. The first
 * generation after a start otherwise paid for loading, interpreting and JIT-compiling everything a report is drawn
 * with (openhtmltopdf, PDFBox, Batik, JFreeChart, POI and its XML schemas): about 10 s of CPU against 3 s for a later
 * one, 13 to 24 s on a busy two-core machine (docs/BENCHMARKS.md). Nothing here reads or writes the database. Off
 * with {@code app.annual-report.warm-up=false} (the tests, which render reports themselves).
 */
@Component
class AnnualReportWarmUp {

	private static final Logger log = LoggerFactory.getLogger(AnnualReportWarmUp.class);

	/** Twice: the second pass runs the code the first one loaded, so that the JIT compiles what a report uses. */
	private static final int PASSES = 2;

	private final AnnualReports annualReports;

	private final Charts charts;

	private final boolean enabled;

	AnnualReportWarmUp(AnnualReports annualReports, Charts charts,
			@Value("${app.annual-report.warm-up:true}") boolean enabled) {
		this.annualReports = annualReports;
		this.charts = charts;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!enabled) {
			return;
		}
		Thread thread = new Thread(this::warmUp, "annual-report-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	void warmUp() {
		long started = System.nanoTime();
		try {
			AnnualReport sample = sample();
			for (int pass = 0; pass < PASSES; pass++) {
				annualReports.render(sample, Locale.forLanguageTag("sv"));
			}
			log.info("Annual report renderer warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// only the first real generation is slower for it
			log.warn("Warming up the annual report renderer failed", ex);
		}
	}

	/**
	 * As large as Västerås' plan (6 focus areas, 36 activities with contributions, 24 charts), so that the code a
	 * real report runs many times is run often enough to be compiled.
	 */
	AnnualReport sample() {
		List<AnnualReport.Section> sections = new ArrayList<>();
		List<AnnualReport.AppendixRow> rows = new ArrayList<>();
		for (int area = 1; area <= 6; area++) {
			List<AnnualReport.ActivityEntry> activities = new ArrayList<>();
			for (int n = 1; n <= 6; n++) {
				ActivityNumber number = new ActivityNumber(area, n);
				AnnualReport.ContributionEntry contribution = new AnnualReport.ContributionEntry("Kulturnämnden",
						ActivityStatus.GENOMFORD, null, "Öppet hus med studieförbunden, fler unga i föreningslivet.",
						GoalContribution.BIDRAR_DELVIS, ReportState.SUBMITTED);
				activities.add(new AnnualReport.ActivityEntry(number, "Trygghetsvandringar med föreningar",
						"Kommunstyrelsen", List.of("Kulturnämnden"), ActivityStatus.FORSENAD,
						"Upphandlingen överklagades.",
						"Åtta platser åtgärdades efter vandringarna i Råby och Bäckby.",
						"Färre anmälningar om skadegörelse.", "Ny upphandling under våren.",
						GoalContribution.BIDRAR, ReportState.APPROVED, List.of(contribution), PERSPECTIVES, null));
				rows.add(new AnnualReport.AppendixRow(number, "Trygghetsvandringar med föreningar", true,
						ActivityStatus.FORSENAD, GoalContribution.BIDRAR, ReportState.APPROVED));
			}
			sections.add(new AnnualReport.Section(area, "Fokusområde " + area,
					"Flickor och pojkar ska känna sig trygga.", List.of("Tryggheten ska öka"),
					List.of(indicator(), indicator(), indicator(), indicator()), activities));
		}
		Map<ActivityStatus, Integer> byStatus = new EnumMap<>(ActivityStatus.class);
		byStatus.put(ActivityStatus.FORSENAD, 36);
		Map<GoalContribution, Integer> byAssessment = new EnumMap<>(GoalContribution.class);
		byAssessment.put(GoalContribution.BIDRAR, 36);
		return new AnnualReport("Uppföljning av handlingsplanen – 2023", "Handlingsplan", "Västerås stad", "2023",
				"Uppföljning 2023", LocalDate.of(2024, 3, 1), AnnualReport.Audience.TRYGGHETSRADET, null,
				"Arbetet har i huvudsak gått enligt plan.", new AnnualReport.Totals(36, byStatus, 0, byAssessment, 36),
				sections, List.of(new AnnualReport.CommitteeAppendix(1, "Kommunstyrelsen", rows)), false,
				perspectives(sections), new AnnualReport.CostChapter(2023, 2023, true, true,
						List.of(new AnnualReport.CostRow("Klotter", 120, List.of("120 000–480 000 kr", "saknas",
								"0 kr"), "120 000–480 000 kr (endast kända kostnader)")),
						List.of(new AnnualReport.CostRow("Bäckby", 120, List.of(), "120 000–480 000 kr")),
						"120 000–480 000 kr (endast kända kostnader)", "Klotter – samhällets reaktion"));
	}

	private static final Perspectives PERSPECTIVES = new Perspectives("Barn i årskurs 6 intervjuades om otrygga platser.",
			Perspectives.ChildrenConsulted.JA, "Flickor och pojkar tillfrågades var för sig.",
			"Vandringarna gjordes med rullstol för att hitta hinder.", java.util.Set.of(Perspectives.Grouping.FUNKTIONSNEDSATTNING));

	/** The chapter on perspectives with every activity speaking to them and a table of values by gender and age. */
	private static AnnualReport.PerspectiveChapter perspectives(List<AnnualReport.Section> sections) {
		List<AnnualReport.ActivityEntry> activities = sections.stream().flatMap(s -> s.activities().stream()).toList();
		List<AnnualReport.BreakdownRow> rows = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			rows.add(new AnnualReport.BreakdownRow("Tillit bland vuxna (procent)", i % 3 == 0 ? "Totalt" : "Kvinnor",
					i % 3 == 0, "61,2 %", true));
		}
		return new AnnualReport.PerspectiveChapter("2023",
				PerspectiveCounts.of(activities.stream().map(AnnualReport.ActivityEntry::perspectives).toList()),
				activities.stream()
					.map(a -> new AnnualReport.PerspectiveEntry(a.number(), a.text(), a.lead(), a.perspectives()))
					.toList(),
				rows, rows);
	}

	private AnnualReport.IndicatorRow indicator() {
		LineChart chart = new LineChart("Valdeltagande", "År", List.of("2018", "2019", "2020", "2021", "2022"),
				Scale.percent("Procent", 1), List.of(Series.of("Totalt", 84.9, null, 83.1, 82.4, 81.7)),
				new Target(85, "Mål 2023"));
		String alternative = "Valdeltagande (procent): 84,9 % år 2018, senaste värde 81,7 % år 2022.";
		return new AnnualReport.IndicatorRow("Valdeltagande", "procent", Direction.INCREASE, "Valmyndigheten",
				"Senaste värde: 81,7 % (2022)", new AnnualReport.Figure("Valdeltagande (procent), 2018–2022",
						alternative, chart, charts.render(chart).svgForPdf(alternative)));
	}

}
