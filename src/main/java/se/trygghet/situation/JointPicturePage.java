package se.trygghet.situation;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.cost.CrimeCosts;
import se.trygghet.cost.YearlyCosts;
import se.trygghet.incident.IncidentCategory;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.system.NotFoundException;

/**
 * The joint yearly lägesbild's page: the picture as stored (or a fresh draft), the computed kartläggning beside it,
 * its prioritised problems as shown, and what the problem form offers (categories, districts).
 */
@Component
class JointPicturePage {

	private final JointPictureWork work;

	private final Kartlaggning kartlaggning;

	private final SituationDocuments documents;

	private final SituationPictures pictures;

	private final AreaCatalog areas;

	private final IncidentReporting reporting;

	private final CrimeCosts costs;

	JointPicturePage(JointPictureWork work, Kartlaggning kartlaggning, SituationDocuments documents,
			SituationPictures pictures, AreaCatalog areas, IncidentReporting reporting, CrimeCosts costs) {
		this.costs = costs;
		this.work = work;
		this.kartlaggning = kartlaggning;
		this.documents = documents;
		this.pictures = pictures;
		this.areas = areas;
		this.reporting = reporting;
	}

	public record View(JointSituationPicture joint, @Nullable String decidedAtText, @Nullable String updatedAtText,
			List<SituationDocuments.ProblemView> problems, Kartlaggning.Facts facts,
			List<IncidentCategory> categories, List<AreaCatalog.AreaRef> areas, @Nullable YearlyCosts costs) {
	}

	/** The picture of a year; a year the platform does not keep pictures for is not found. */
	JointSituationPicture picture(int year) {
		try {
			return work.picture(year);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Året");
		}
	}

	View view(int year, Locale locale) {
		JointSituationPicture picture = picture(year);
		return new View(picture, documents.stamp(picture.decidedAt()), documents.stamp(picture.updatedAt()),
				documents.problems(picture, locale), kartlaggning.forYear(year, locale), pictures.categories(),
				areas.atLevel(reporting.municipality(), AreaLevel.STADSDEL), costs.yearlyIfStarted(year));
	}

}
