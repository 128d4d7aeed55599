package se.trygghet.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.trygghet.chart.Charts;
import se.trygghet.chart.LineChart;
import se.trygghet.chart.Scale;
import se.trygghet.chart.Series;
import se.trygghet.document.PdfDocuments;
import se.trygghet.plan.Direction;

/**
 * The annual report of a whole round of Västerås' plan, rendered as PDF and as Word: 37 activity reports (6, 6, 4, 5,
 * 8 and 8 per focus area, as in the plan) and 76 contributions, each about 500 words of Swedish text, and 24 indicator
 * charts. The text is generated; its volume is the point. Run with {@code ./mvnw test-compile exec:exec@jmh}
 * (surefire skips it by name).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AnnualReportBench {

	static final int[] ACTIVITIES_PER_FOCUS_AREA = { 6, 6, 4, 5, 8, 8 };

	static final String[] WORDS = ("trygghet samverkan föreningar polisen fältarbetare skolan stadsdelen åtgärder "
			+ "kartläggning brottsförebyggande insatser ungdomar vårdnadshavare mötesplatser belysning "
			+ "trygghetsvandring bostadsbolag fritidsgård nämnden förvaltningen uppföljning effekter "
			+ "lägesbild ökning minskning året hösten våren arbetet fortsätter genomfört påbörjat").split(" ");

	static final Charts CHARTS = new Charts();

	AnnualReport report;

	PdfDocuments pdf;

	AnnualReportDocx docx;

	final Locale swedish = Locale.forLanguageTag("sv");

	@Setup
	public void setUp() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		pdf = new PdfDocuments(engine);
		docx = new AnnualReportDocx(messages, CHARTS);
		report = fullRound();
	}

	@Benchmark
	public byte[] pdf() {
		return pdf.render(AnnualReports.PDF_TEMPLATE, AnnualReports.pdfModel(report), swedish,
				AnnualReports.info(report, swedish));
	}

	@Benchmark
	public byte[] docx() {
		return docx.write(report, AnnualReports.info(report, swedish), swedish);
	}

	static AnnualReport fullRound() {
		Random random = new Random(2023);
		List<AnnualReport.Section> sections = new ArrayList<>();
		List<AnnualReport.AppendixRow> appendixRows = new ArrayList<>();
		int contributionsLeft = 76;
		int activitiesLeft = 37;
		for (int area = 1; area <= ACTIVITIES_PER_FOCUS_AREA.length; area++) {
			List<AnnualReport.ActivityEntry> activities = new ArrayList<>();
			for (int n = 1; n <= ACTIVITIES_PER_FOCUS_AREA[area - 1]; n++) {
				// spread the 76 contributions over the 37 activities as evenly as they go
				int contributions = Math.round((float) contributionsLeft / activitiesLeft);
				contributionsLeft -= contributions;
				activitiesLeft--;
				List<AnnualReport.ContributionEntry> entries = new ArrayList<>();
				for (int c = 0; c < contributions; c++) {
					entries.add(new AnnualReport.ContributionEntry("Medansvarig nämnd " + (c + 1),
							ActivityStatus.PAGAENDE, null, words(random, 480), GoalContribution.BIDRAR_DELVIS,
							ReportState.SUBMITTED));
				}
				se.trygghet.plan.ActivityNumber number = new se.trygghet.plan.ActivityNumber(area, n);
				ActivityStatus status = ActivityStatus.values()[(area + n) % ActivityStatus.values().length];
				activities.add(new AnnualReport.ActivityEntry(number, words(random, 25), "Ledande nämnd " + area,
						entries.stream().map(AnnualReport.ContributionEntry::committee).toList(), status,
						status.requiresReason() ? words(random, 30) : null, words(random, 300), words(random, 120),
						words(random, 80), GoalContribution.BIDRAR, ReportState.APPROVED, entries, Perspectives.NONE, null));
				appendixRows.add(new AnnualReport.AppendixRow(number, words(random, 25), true, status,
						GoalContribution.BIDRAR, ReportState.APPROVED));
			}
			sections.add(new AnnualReport.Section(area, "Fokusområde " + area, words(random, 60),
					List.of(words(random, 20), words(random, 20)),
					List.of(indicator(area, 1), indicator(area, 2), indicator(area, 3), indicator(area, 4)),
					activities));
		}
		List<AnnualReport.CommitteeAppendix> appendix = new ArrayList<>();
		for (int c = 1; c <= 13; c++) {
			appendix.add(new AnnualReport.CommitteeAppendix(c, "Nämnd " + c,
					appendixRows.subList((c - 1) * 2 % 30, (c - 1) * 2 % 30 + 7)));
		}
		var byStatus = new EnumMap<ActivityStatus, Integer>(ActivityStatus.class);
		byStatus.put(ActivityStatus.PAGAENDE, 20);
		byStatus.put(ActivityStatus.GENOMFORD, 17);
		var byAssessment = new EnumMap<GoalContribution, Integer>(GoalContribution.class);
		byAssessment.put(GoalContribution.BIDRAR, 37);
		return new AnnualReport("Uppföljning av handlingsplanen – 2023", "Handlingsplan 2021–2023", "Västerås stad",
				"2023", "Uppföljning 2023", LocalDate.of(2024, 3, 1), AnnualReport.Audience.KOMMUNSTYRELSEN,
				"KS 2024/00042", words(random, 300), new AnnualReport.Totals(37, byStatus, 0, byAssessment, 37),
				sections, appendix, false, new AnnualReport.PerspectiveChapter("2023",
						PerspectiveCounts.of(List.of()), List.of(), List.of(), List.of()),
				new AnnualReport.CostChapter(2023, 2023, false, false, List.of(), List.of(), "", null));
	}

	/** An indicator with a trend chart, as 24 of the plan's 25 have once measured. */
	static AnnualReport.IndicatorRow indicator(int area, int n) {
		String name = "Indikator " + area + "." + n;
		LineChart chart = new LineChart(name, "År", List.of("2015", "2016", "2017", "2018", "2019", "2020", "2021",
				"2022", "2023"), Scale.percent("Procent", 1),
				List.of(Series.of("Totalt", 61.0 + n, 62.0, 62.5, 63.0, null, 64.5, 65.0, 65.5 + area, 66.0)));
		String alternative = name + " (procent) för hela kommunen: " + (61 + n)
				+ " % år 2015, senaste värde 66 % år 2023.";
		return new AnnualReport.IndicatorRow(name, "procent", Direction.INCREASE, "Kolada",
				"Senaste värde: 66 % (2023)", new AnnualReport.Figure(name + " (procent), hela kommunen 2015–2023",
						alternative, chart, CHARTS.render(chart).svgForPdf(alternative)));
	}

	static String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : (i % 18 == 0 ? ". " : " ")).append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.append('.').toString();
	}

}
