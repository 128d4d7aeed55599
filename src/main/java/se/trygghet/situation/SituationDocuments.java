package se.trygghet.situation;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.chart.BarChart;
import se.trygghet.chart.Charts;
import se.trygghet.chart.Scale;
import se.trygghet.chart.Series;
import se.trygghet.chart.SvgChart;
import se.trygghet.cost.CostFormat;
import se.trygghet.cost.CrimeCosts;
import se.trygghet.cost.YearlyCosts;
import se.trygghet.document.DocumentInfo;
import se.trygghet.document.PdfDocuments;
import se.trygghet.document.WordDocument;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.incident.IncidentCategory;
import se.trygghet.incident.IncidentReporting;

/**
 * The lägesbild's documents: the situation picture of a period as a landscape PDF for the EST meeting, and the joint
 * yearly lägesbild with the police as PDF and Word, both drawn from the same values so they say the same.
 */
@Component
class SituationDocuments {

	static final String PICTURE_TEMPLATE = "situation/picture-pdf";

	static final String JOINT_TEMPLATE = "situation/joint-pdf";

	private final DateTimeFormatter stamp;

	private final PdfDocuments pdf;

	private final Charts charts;

	private final MessageSource messages;

	private final Clock clock;

	private final CurrentUsers currentUsers;

	private final SituationPictures pictures;

	private final WeekNotes notes;

	private final IncidentReporting reporting;

	private final Kartlaggning kartlaggning;

	private final JointPictureWork joint;

	private final AreaCatalog areas;

	private final CrimeCosts costs;

	SituationDocuments(PdfDocuments pdf, Charts charts, MessageSource messages, Clock clock,
			CurrentUsers currentUsers, SituationPictures pictures, WeekNotes notes, IncidentReporting reporting,
			Kartlaggning kartlaggning, JointPictureWork joint, AreaCatalog areas, CrimeCosts costs) {
		this.costs = costs;
		this.pdf = pdf;
		this.charts = charts;
		this.messages = messages;
		this.clock = clock;
		this.stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
		this.currentUsers = currentUsers;
		this.pictures = pictures;
		this.notes = notes;
		this.reporting = reporting;
		this.kartlaggning = kartlaggning;
		this.joint = joint;
		this.areas = areas;
	}

	/**
	 * The joint lägesbild's section on what the year's incidents cost, per category and in total, in the words of the
	 * costs page; null for a year not yet begun.
	 */
	public record CostSection(int priceYear, boolean demo, List<List<String>> rows, String total, @Nullable String missing) {
	}

	@Nullable CostSection costSection(int year, Locale locale) {
		YearlyCosts y = costs.yearlyIfStarted(year);
		if (y == null) {
			return null;
		}
		List<List<String>> rows = y.categories()
			.stream()
			.map(c -> List.of(c.name(locale), String.valueOf(c.count()), CostFormat.amount(c.total(), locale)))
			.toList();
		return new CostSection(y.priceYear(), y.demo(), rows, CostFormat.amount(y.total(), locale),
				y.missing().isEmpty() ? null : CostFormat.missing(y.missing(), locale));
	}

	/** A file to hand out. */
	public record File(String name, String contentType, byte[] bytes) {
	}

	File picturePdf(SituationPeriod period, Locale locale) {
		SituationPictures.Picture picture = pictures.picture(reporting.municipality(), period);
		WeekNotes.Note note = notes.find(reporting.municipality(), period);
		String title = text("situation.picture.title", locale, period.key());
		Map<String, Object> model = new HashMap<>();
		model.put("picture", picture);
		model.put("note", note);
		model.put("noteSavedAt", stamp(note.updatedAt()));
		model.put("chart", categoryChart(picture, locale));
		model.put("english", english(locale));
		stamp(model);
		byte[] bytes = pdf.render(PICTURE_TEMPLATE, model, locale, new DocumentInfo(title, locale.getLanguage(),
				currentUsers.actorName(), text("situation.pdf.subject", locale)));
		return new File("lagesbild-" + period.key() + ".pdf", "application/pdf", bytes);
	}

	/** Counts per category in the period beside the same period a year earlier, for the meeting's quick look. */
	private SvgChart categoryChart(SituationPictures.Picture picture, Locale locale) {
		List<String> names = new ArrayList<>();
		List<Double> now = new ArrayList<>();
		List<Double> yearEarlier = new ArrayList<>();
		for (IncidentCategory category : picture.categories()) {
			names.add(english(locale) ? category.nameEn() : category.nameSv());
			now.add((double) picture.totals().get(category.code()).count());
			yearEarlier.add((double) picture.totals().get(category.code()).yearEarlier());
		}
		return charts.render(new BarChart(text("situation.pdf.chart.title", locale, picture.period().key()),
				text("situation.incident.category", locale), names, Scale.count(text("situation.pdf.chart.unit", locale)),
				List.of(new Series(text("situation.pdf.chart.now", locale, picture.period().key()), now),
						new Series(text("situation.pdf.chart.yearEarlier", locale,
								picture.period().yearEarlier().key()), yearEarlier)),
				BarChart.Orientation.HORIZONTAL, true), locale);
	}

	/** A prioritised problem as documents and the page show it: rank, names rather than codes. */
	public record ProblemView(int rank, String id, String title, @Nullable String area, String categories,
			@Nullable String rationale) {
	}

	List<ProblemView> problems(JointSituationPicture picture, Locale locale) {
		Map<String, String> categoryNames = new HashMap<>();
		pictures.categories().forEach(c -> categoryNames.put(c.code(), english(locale) ? c.nameEn() : c.nameSv()));
		List<ProblemView> views = new ArrayList<>();
		int rank = 1;
		for (JointSituationPicture.Problem p : picture.problems()) {
			String area = p.area() == null ? null
					: areas.area(new AreaId(p.area())).map(AreaCatalog.AreaRef::name).orElse(null);
			views.add(new ProblemView(rank++, p.id().toString(), p.title(), area,
					String.join(", ", p.categories().stream().map(c -> categoryNames.getOrDefault(c, c)).toList()),
					p.rationale()));
		}
		return views;
	}

	File jointPdf(int year, Locale locale) {
		JointSituationPicture picture = joint.picture(year);
		Kartlaggning.Facts facts = kartlaggning.forYear(year, locale);
		String title = text("situation.joint.title", locale, String.valueOf(year));
		Map<String, Object> model = new HashMap<>();
		model.put("joint", picture);
		model.put("facts", facts);
		model.put("problems", problems(picture, locale));
		model.put("decidedAt", stamp(picture.decidedAt()));
		model.put("english", english(locale));
		model.put("costs", costSection(year, locale));
		stamp(model);
		byte[] bytes = pdf.render(JOINT_TEMPLATE, model, locale, new DocumentInfo(title, locale.getLanguage(),
				currentUsers.actorName(), text("situation.joint.subject", locale)));
		return new File("gemensam-lagesbild-" + year + ".pdf", "application/pdf", bytes);
	}

	File jointDocx(int year, Locale locale) {
		JointSituationPicture picture = joint.picture(year);
		Kartlaggning.Facts facts = kartlaggning.forYear(year, locale);
		String title = text("situation.joint.title", locale, String.valueOf(year));
		WordDocument doc = new WordDocument(new DocumentInfo(title, locale.getLanguage(), currentUsers.actorName(),
				text("situation.joint.subject", locale)));
		List<String> cover = new ArrayList<>();
		cover.add(text(picture.decided() ? "situation.joint.status.DECIDED" : "situation.joint.status.DRAFT", locale));
		if (picture.decided()) {
			cover.add(text("situation.joint.decidedBy", locale, picture.decidedBy(), stamp(picture.decidedAt())));
		}
		if (facts.demo()) {
			cover.add(text("situation.joint.demo", locale));
		}
		cover.add(text("situation.pdf.generated", locale, stamp(clock.instant()), currentUsers.actorName()));
		doc.title(title, cover);

		doc.heading(1, "1 " + text("situation.joint.summary", locale));
		doc.paragraph(orNone(picture.summary(), locale));

		doc.heading(1, "2 " + text("situation.joint.kartlaggning", locale));
		doc.heading(2, text("situation.joint.counts", locale, String.valueOf(year), String.valueOf(year - 1)));
		List<String> headers = new ArrayList<>();
		headers.add(text("situation.area", locale));
		facts.picture().categories().forEach(c -> headers.add(english(locale) ? c.nameEn() : c.nameSv()));
		headers.add(text("situation.picture.total", locale));
		List<List<String>> rows = new ArrayList<>();
		for (SituationPictures.Row row : facts.picture().rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(row.area() == null ? text("situation.area.unknown", locale) : row.areaName());
			facts.picture().categories().forEach(c -> cells.add(yearCell(row.cells().get(c.code()), locale)));
			cells.add(yearCell(row.total(), locale));
			rows.add(cells);
		}
		List<String> totals = new ArrayList<>();
		totals.add(text("situation.picture.total", locale));
		facts.picture().categories().forEach(c -> totals.add(yearCell(facts.picture().totals().get(c.code()), locale)));
		totals.add(yearCell(facts.picture().total(), locale));
		rows.add(totals);
		doc.table(headers, rows);
		doc.paragraph(text("situation.joint.counts.note", locale));
		doc.paragraph(flagTest(facts.picture(), locale));

		doc.heading(2, text("situation.joint.top", locale));
		doc.table(List.of(text("situation.incident.category", locale), String.valueOf(year), String.valueOf(year - 1)),
				facts.top().stream().map(t -> List.of(t.name(), String.valueOf(t.count()), String.valueOf(t.previous())))
					.toList());

		doc.heading(2, text("situation.joint.hotspots", locale));
		int[] size = HotSpotMap.size(facts.mapSvg());
		doc.image(HotSpotMap.png(facts.mapSvg(), size[0] * 2f), "hotspots-" + year + ".png", 6.3,
				6.3 * size[1] / size[0], text("situation.joint.map.title", locale, String.valueOf(year)) + ". "
						+ text("situation.joint.map.description", locale, String.valueOf(year),
								String.valueOf(facts.cellSize()), facts.significantCells()));
		if (facts.cells().isEmpty()) {
			doc.paragraph(text("situation.joint.cells.none", locale));
		}
		else {
			doc.paragraph(cellsCount(facts, locale));
			doc.table(List.of(text("situation.hotspots.cell", locale), text("situation.area", locale),
					text("situation.hotspots.count", locale), "z", text("situation.hotspots.pFdr", locale),
					text("situation.hotspots.bin", locale)),
					facts.cells().stream().map(c -> List.of(c.cell(), c.area(), String.valueOf(c.count()), c.zText(),
							c.pFdrText(), text("situation.hotspots.bin." + c.bin(), locale))).toList());
		}
		if (facts.outside() > 0) {
			doc.paragraph(text("situation.hotspots.outside", locale, facts.outside()));
		}

		doc.heading(2, text("situation.joint.indicators", locale));
		if (!facts.indicatorsAvailable()) {
			doc.paragraph(text("situation.joint.indicators.unavailable", locale));
		}
		else if (facts.indicators().isEmpty()) {
			doc.paragraph(text("situation.joint.indicators.none", locale));
		}
		else {
			doc.table(List.of(text("situation.joint.indicator", locale), text("situation.area", locale),
					String.valueOf(year), String.valueOf(year - 1), text("situation.joint.unit", locale)),
					facts.indicators().stream().map(f -> List.of(f.name() + (f.demo() ? " (Demodata)" : ""), f.area(),
							f.valueText(), f.previousValueText(), f.unit())).toList());
		}

		doc.heading(1, "3 " + text("situation.joint.analysis", locale));
		doc.paragraph(orNone(picture.analysis(), locale));

		doc.heading(1, "4 " + text("situation.joint.problems", locale));
		List<ProblemView> problems = problems(picture, locale);
		if (problems.isEmpty()) {
			doc.paragraph(text("situation.joint.problems.none", locale));
		}
		for (ProblemView p : problems) {
			doc.heading(2, p.rank() + ". " + p.title());
			doc.labelled(text("situation.area", locale), p.area());
			doc.labelled(text("situation.joint.problem.categories", locale), p.categories());
			doc.labelled(text("situation.joint.problem.rationale", locale), p.rationale());
		}

		CostSection section = costSection(year, locale);
		doc.heading(1, "5 " + text("cost.yearly.heading", locale, String.valueOf(year)));
		doc.paragraph(text("cost.caveat", locale));
		if (section == null) {
			doc.paragraph(text("cost.report.notStarted", locale, String.valueOf(year)));
		}
		else {
			if (section.demo()) {
				doc.paragraph(text("cost.demo", locale));
			}
			doc.paragraph(text("cost.priceYear", locale, String.valueOf(section.priceYear())));
			doc.table(List.of(text("cost.category", locale), text("cost.count", locale), text("cost.total", locale)),
					section.rows());
			doc.labelled(text("cost.total", locale), section.total());
			if (section.missing() != null) {
				doc.paragraph(text("cost.missing", locale, section.missing()));
			}
		}

		doc.heading(1, text("situation.joint.method", locale));
		for (String key : METHOD) {
			doc.paragraph(text(key, locale));
		}
		return new File("gemensam-lagesbild-" + year + ".docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.toBytes());
	}

	/** The true number of significant cells and how many of them the table lists, as the page and the PDF say it. */
	String cellsCount(Kartlaggning.Facts facts, Locale locale) {
		return text("situation.joint.cells.count", locale, facts.significantCells(), facts.hotSpots(), facts.coldSpots(),
				facts.cells().size());
	}

	/**
	 * How many counts the picture tested at once and how many flags chance alone would give, as
	 * situation/flag-test.html says it on the page and in the PDFs.
	 */
	String flagTest(SituationPictures.Picture picture, Locale locale) {
		SituationPictures.FlagTest test = picture.flags();
		return text("situation.picture.flagTest", locale, test.tested(), test.chanceUnadjustedText(locale)) + " "
				+ (test.flagged() == 0 ? text("situation.picture.flagTest.none", locale)
						: text("situation.picture.flagTest.flagged", locale, test.flagged(),
								test.chanceAmongFlaggedText(locale)));
	}

	/** The appendix on method, in the words of the platform's method page, shared by the PDF and the Word file. */
	static final List<String> METHOD = List.of("situation.joint.method.grid", "situation.joint.method.gi",
			"situation.joint.method.fdr", "situation.joint.method.poisson", "situation.joint.method.source");

	private String yearCell(SituationPictures.Cell cell, Locale locale) {
		return text("situation.joint.cell", locale, String.valueOf(cell.count()), String.valueOf(cell.yearEarlier()))
				+ (cell.flagged() ? " ▲ " + text("situation.picture.flagged", locale) : "");
	}

	private String orNone(@Nullable String text, Locale locale) {
		return text == null ? text("situation.joint.notWritten", locale) : text;
	}

	private void stamp(Map<String, Object> model) {
		model.put("generatedAt", stamp(clock.instant()));
		model.put("generatedBy", currentUsers.actorName());
		model.put("methodKeys", METHOD);
	}

	/** A time as the documents and the joint page write it, in the platform clock's zone. */
	@Nullable String stamp(@Nullable Instant instant) {
		return instant == null ? null : stamp.format(instant);
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	private String text(String code, Locale locale, @Nullable Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
