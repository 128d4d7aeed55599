package se.trygghet.situation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghet.chart.FigureTable;
import se.trygghet.chart.FigureTable.Column;
import se.trygghet.incident.IncidentCategory;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.incident.PoliceEvents;
import se.trygghet.system.TemplateFragments;

/**
 * The situation picture page of a period: the picture, its table rendered, Polisen's events of the period and what
 * the EST group wrote. A period that cannot be read shows this week's picture with a message.
 */
@Component
class SituationPage {

	private final SituationPictures pictures;

	private final IncidentReporting reporting;

	private final PoliceEvents policeEvents;

	private final WeekNotes notes;

	private final TemplateFragments fragments;

	private final Clock clock;

	private final MessageSource messages;

	SituationPage(SituationPictures pictures, IncidentReporting reporting, PoliceEvents policeEvents,
			WeekNotes notes, TemplateFragments fragments, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.pictures = pictures;
		this.reporting = reporting;
		this.policeEvents = policeEvents;
		this.notes = notes;
		this.fragments = fragments;
		this.clock = clock;
	}

	/** What the page shows; {@code badPeriod} is the text asked for when it was no period. */
	public record View(SituationPictures.Picture picture, String matrix, PoliceEvents.Summary police, WeekNotes.Note note,
			@Nullable String badPeriod) {
	}

	View view(@Nullable String period, HttpServletRequest request, HttpServletResponse response) {
		SituationPeriod shown = SituationPeriod.weekOf(LocalDate.now(clock));
		String badPeriod = null;
		if (period != null && !period.isBlank()) {
			try {
				shown = SituationPeriod.parse(period.strip());
			}
			catch (IllegalArgumentException ex) {
				badPeriod = period;
			}
		}
		String municipality = reporting.municipality();
		SituationPictures.Shown picture = pictures.shown(municipality, shown);
		return new View(picture.picture(), matrix(picture, request, response), police(shown),
				notes.find(municipality, shown), badPeriod);
	}

	/** Polisen's events of the period, beside those of the periods it is compared with. */
	private PoliceEvents.Summary police(SituationPeriod period) {
		return policeEvents.summary(days(period), period.before().stream().map(SituationPage::days).toList());
	}

	private static PoliceEvents.Days days(SituationPeriod period) {
		return new PoliceEvents.Days(period.start(), period.end());
	}

	/**
	 * The table: most of the page's work and the same for every analyst, so rendered once per picture and language
	 * while results are kept. Each area and flagged cell offers to start a problem from it (the knowledge-based cycle
	 * starts here).
	 */
	private String matrix(SituationPictures.Shown picture, HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> matrix = Map.of("picture", picture.picture(), "createProblems", true);
		if (pictures.keepsResults()) {
			return fragments.cached(List.of("situation-matrix", picture.key(), LocaleContextHolder.getLocale()),
					"situation/matrix", "matrix", () -> matrix, request, response);
		}
		return TemplateFragments.withoutIndentation(
				fragments.render("situation/matrix", "matrix", matrix, request, response));
	}

	/**
	 * The picture's table as a download: one row per cell of the page's table (area × category, each area's total,
	 * the categories' totals), with the count, the flag in the page's words, the earlier periods' mean with the one
	 * decimal the page shows and the count a year earlier.
	 */
	FigureTable table(SituationPeriod period, Locale locale) {
		SituationPictures.Picture picture = pictures.shown(reporting.municipality(), period).picture();
		String total = msg("situation.picture.total", locale);
		String flag = "▲ " + msg("situation.picture.flagged", locale);
		String demo = msg("area.demo", locale);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (SituationPictures.Row row : picture.rows()) {
			String area = (row.area() == null ? msg("situation.area.unknown", locale) : row.areaName())
					+ (row.demoArea() ? " (" + demo + ")" : "");
			picture.columns(row).forEach(column -> rows.add(cell(area, column, total, flag, locale)));
		}
		picture.totalColumns().forEach(column -> rows.add(cell(total, column, total, flag, locale)));
		List<String> notes = new ArrayList<>();
		notes.add(msg("situation.picture.rule", locale));
		if (picture.anyDemo()) {
			notes.add(msg("situation.picture.demo", locale));
		}
		return new FigureTable(msg("situation.picture.title", locale, period.key()),
				"lagesbild-" + period.key().toLowerCase(Locale.ROOT),
				List.of(Column.text(msg("situation.area", locale)), Column.text(msg("situation.export.category", locale)),
						Column.number(msg("situation.export.count", locale), 0),
						Column.text(msg("situation.export.flag", locale)),
						Column.number(msg("situation.export.earlierMean", locale), 1),
						Column.number(msg("situation.export.yearEarlier", locale), 0)),
				rows, notes);
	}

	private static List<@Nullable Object> cell(String area, SituationPictures.Column column, String total, String flag,
			Locale locale) {
		IncidentCategory category = column.category();
		SituationPictures.Cell cell = column.cell();
		List<@Nullable Object> row = new ArrayList<>();
		row.add(area);
		row.add(category == null ? total : "en".equals(locale.getLanguage()) ? category.nameEn() : category.nameSv());
		row.add(cell.count());
		row.add(cell.flagged() ? flag : null);
		row.add(cell.earlierMean());
		row.add(cell.yearEarlier());
		return row;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
