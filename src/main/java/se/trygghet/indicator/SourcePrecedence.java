package se.trygghet.indicator;

/**
 * Which value is shown when several sources have one for the same indicator, period, area and breakdown. The one
 * rule, applied in {@link IndicatorViews} where every reader gets its values (the indicator pages, the API and its
 * CSV/XLSX, the annual report, the public site), so they all show the same value; the indicator page states it in
 * words ({@code indicator.page.precedence}) and shows the source of every value.
 * <ol>
 * <li>A figure before no figure: a source that lacks the value (missing, or withheld by its producer) never hides one
 * another source has.</li>
 * <li>A measured source (Kolada, an imported file, the platform's own count) before the figure the plan states
 * ({@value IndicatorBootstrap#STATED_SOURCE}), and that before demo data.</li>
 * <li>Between sources of the same rank, the latest import, then the source's name, so the choice never wavers.</li>
 * </ol>
 */
final class SourcePrecedence {

	/** The order within one indicator, period, area and breakdown: the first row is the one shown. */
	static final String ORDER = "value is null, case when demo then 2 when source = '" + IndicatorBootstrap.STATED_SOURCE
			+ "' then 1 else 0 end, imported_at desc, source";

	private SourcePrecedence() {
	}

	/** An SQL order by clause: the given key columns, then {@link #ORDER}. */
	static String orderBy(String key) {
		return " order by " + key + ", " + ORDER;
	}

}
