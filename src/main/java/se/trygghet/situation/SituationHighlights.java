package se.trygghet.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.incident.IncidentReporting;

/**
 * What other modules may read of the lägesbild: the last complete week's largest changes, per area and category, as
 * plain values. A meeting agenda copies them as a snapshot, so it says what the picture was when the meeting was
 * prepared even after late reports change the counts.
 */
@Component
public class SituationHighlights {

	private final SituationPictures pictures;

	private final IncidentReporting reporting;

	private final Clock clock;

	SituationHighlights(SituationPictures pictures, IncidentReporting reporting, Clock clock) {
		this.pictures = pictures;
		this.reporting = reporting;
		this.clock = clock;
	}

	/**
	 * One area × category of the week: its count, the mean of the four weeks before, and whether so high a count is
	 * unlikely to be chance.
	 */
	public record Change(String area, String category, int count, double earlierMean, @Nullable Long changePercent,
			boolean flagged) {
	}

	/** The week (ISO key such as {@code 2026-W47}), its total against the earlier mean, and the largest changes. */
	public record Week(String week, int total, double earlierMean, List<Change> largestChanges, boolean demo) {

		public Week {
			largestChanges = List.copyOf(largestChanges);
		}

	}

	/** The last complete week, with at most {@code limit} changes: flagged ones first, then by size of increase. */
	public Week lastCompleteWeek(int limit) {
		SituationPeriod week = SituationPeriod.weekOf(LocalDate.now(clock).minusWeeks(1));
		SituationPictures.Picture picture = pictures.picture(reporting.municipality(), week);
		Map<String, String> categories = new java.util.HashMap<>();
		picture.categories().forEach(c -> categories.put(c.code(), c.nameSv()));
		List<Change> changes = new ArrayList<>();
		for (SituationPictures.Row row : picture.rows()) {
			row.cells().forEach((code, cell) -> {
				if (cell.count() > 0 && cell.count() > cell.earlierMean()) {
					changes.add(new Change(row.areaName().isEmpty() ? "Utanför indelningen" : row.areaName(),
							categories.getOrDefault(code, code), cell.count(), cell.earlierMean(), cell.changePercent(),
							cell.flagged()));
				}
			});
		}
		changes.sort(Comparator.comparing(Change::flagged)
			.reversed()
			.thenComparing(Comparator.comparingDouble((Change c) -> c.count() - c.earlierMean()).reversed()));
		return new Week(week.key(), picture.total().count(), picture.total().earlierMean(),
				changes.subList(0, Math.min(limit, changes.size())), picture.anyDemo());
	}

}
