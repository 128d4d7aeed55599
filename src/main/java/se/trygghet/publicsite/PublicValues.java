package se.trygghet.publicsite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCatalog.SuppressionReason;
import se.trygghet.indicator.IndicatorCharts;
import se.trygghet.indicator.IndicatorSetup;

/**
 * The values of one table as a resident reads them: a withheld value is "..", marked with a number that leads to a
 * note saying why, once per reason; a value the source lacks is ".." with a note of its own. The reasons come from
 * the indicator module's disclosure control, which the catalog has already applied.
 */
final class PublicValues {

	/** A value as text, with the mark of its note (or null) and whether it is invented demo data. */
	public record Cell(String text, @Nullable String note, boolean demo) {
	}

	private final Locale locale;

	private final BiFunction<SuppressionReason, Locale, String> explain;

	private final String missingNote;

	private final Map<SuppressionReason, String> marks = new LinkedHashMap<>();

	private boolean missing;

	PublicValues(Locale locale, BiFunction<SuppressionReason, Locale, String> explain, String missingNote) {
		this.locale = locale;
		this.explain = explain;
		this.missingNote = missingNote;
	}

	/** The cell for a point of the indicator; no point at all is an empty cell. */
	Cell cell(@Nullable Point point, IndicatorSummary indicator) {
		return cell(point, indicator.unit(), indicator.setup().measure());
	}

	/** The cell for a point of an indicator with this unit and measure, written as its charts write it. */
	Cell cell(@Nullable Point point, String unit, IndicatorSetup.MeasureType measure) {
		if (point == null) {
			return new Cell("", null, false);
		}
		String note = null;
		if (point.suppressed() != null) {
			note = marks.computeIfAbsent(point.suppressed(), r -> String.valueOf(marks.size() + 1));
		}
		else if (point.value() == null) {
			missing = true;
		}
		return new Cell(IndicatorCharts.format(point.value(), unit, measure, locale), note, point.demo());
	}

	/** The notes of every cell made so far: "1) .. why", then the one for missing values. */
	List<String> notes() {
		List<String> notes = new ArrayList<>();
		marks.forEach((reason, mark) -> notes.add(mark + ") .. " + explain.apply(reason, locale)));
		if (missing) {
			notes.add(missingNote);
		}
		return notes;
	}

}
