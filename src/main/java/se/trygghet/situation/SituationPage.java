package se.trygghet.situation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
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

	SituationPage(SituationPictures pictures, IncidentReporting reporting, PoliceEvents policeEvents,
			WeekNotes notes, TemplateFragments fragments, Clock clock) {
		this.pictures = pictures;
		this.reporting = reporting;
		this.policeEvents = policeEvents;
		this.notes = notes;
		this.fragments = fragments;
		this.clock = clock;
	}

	/** What the page shows; {@code badPeriod} is the text asked for when it was no period. */
	record View(SituationPictures.Picture picture, String matrix, PoliceEvents.Summary police, WeekNotes.Note note,
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

}
