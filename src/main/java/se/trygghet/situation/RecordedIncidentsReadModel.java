package se.trygghet.situation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.trygghet.cost.RecordedIncidents;
import se.trygghet.incident.IncidentReporting;

/**
 * A year's incidents per area and category for the cost estimates, counted as the situation picture of that year
 * counts them (the same rows, so the estimates and the picture agree).
 */
@Component
class RecordedIncidentsReadModel implements RecordedIncidents {

	private final SituationPictures pictures;

	private final IncidentReporting reporting;

	RecordedIncidentsReadModel(SituationPictures pictures, IncidentReporting reporting) {
		this.pictures = pictures;
		this.reporting = reporting;
	}

	@Override
	public List<AreaCount> ofYear(int year) {
		SituationPictures.Picture picture = pictures.picture(reporting.municipality(),
				SituationPeriod.parse(String.format("%04d", year)));
		return picture.rows().stream().map(row -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			row.cells().forEach((code, cell) -> counts.put(code, (long) cell.count()));
			return new AreaCount(row.area() == null ? "" : row.areaName(), row.demoArea(), counts);
		}).toList();
	}

}
