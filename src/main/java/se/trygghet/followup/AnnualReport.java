package se.trygghet.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.trygghet.chart.LineChart;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.Direction;

/**
 * Everything the annual report says, compiled once from a closed round; the PDF and the Word file are both drawn from
 * this one value, so they cannot disagree.
 */
record AnnualReport(String title, String planName, String municipality, String period, String roundTitle,
		LocalDate date, Audience audience, @Nullable String diarienummer, @Nullable String summary, Totals totals,
		List<Section> focusAreas, List<CommitteeAppendix> committees, boolean demo, PerspectiveChapter perspectives,
		CostChapter costs) {

	/** Who the report is compiled for; the text says so on its cover. */
	enum Audience {

		TRYGGHETSRADET("Trygghetsrådet"), KOMMUNSTYRELSEN("Kommunstyrelsen");

		private final String label;

		Audience(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Counts over the activities (the lead committees' reports); every status and assessment appears, even at 0. */
	public record Totals(int activities, Map<ActivityStatus, Integer> byStatus, int unreported,
			Map<GoalContribution, Integer> byAssessment, int approved) {

		public int count(ActivityStatus status) {
			return byStatus.getOrDefault(status, 0);
		}

		public int count(GoalContribution assessment) {
			return byAssessment.getOrDefault(assessment, 0);
		}

	}

	public record Section(int number, String title, @Nullable String description, List<String> goals,
			List<IndicatorRow> indicators, List<ActivityEntry> activities) {

		public String anchor() {
			return "fokusomrade-" + number;
		}

	}

	/**
	 * One indicator of a focus area, with values only of periods up to the round's: {@code figures} names the latest
	 * value with its period, the verdict and the plan's own figures; {@code chart} is its trend, when it has values.
	 */
	public record IndicatorRow(String name, String unit, Direction direction, String source, String figures,
			@Nullable Figure chart) {
	}

	/**
	 * A chart as both documents show it: a visible title naming the indicator, and a text alternative made from the
	 * chart's values. The PDF draws {@code svg}, which carries the text alternative for the figure's /Alt; the Word
	 * file draws {@code chart} as a picture with the same text as its description.
	 */
	public record Figure(String title, String alternativeText, LineChart chart, String svg) {
	}

	/** One activity's report; {@code ending} when the adopted next plan ends it (in the plan's last follow-up). */
	public record ActivityEntry(ActivityNumber number, String text, String lead, List<String> coResponsible,
			@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment,
			ReportState state, List<ContributionEntry> contributions, Perspectives perspectives,
			NextPlanEndings.@Nullable Ending ending) {

		public String anchor() {
			return "aktivitet-" + number.focusArea() + "-" + number.position();
		}

	}

	/**
	 * The chapter on the perspectives the plan asks the work to be followed up with: how many of the activities'
	 * reports address each ({@code counts}, over the lead committees' reports, as the round's dashboard counts), what
	 * those that do say ({@code entries}), and beside them the indicators' values by gender and by age for the round's
	 * period only ({@code period}); {@code age} is empty when no indicator has values by age for it.
	 */
	public record PerspectiveChapter(String period, PerspectiveCounts counts, List<PerspectiveEntry> entries,
			List<BreakdownRow> gender, List<BreakdownRow> age) {

		public static final String ANCHOR = "perspektiv";

		public String anchor() {
			return ANCHOR;
		}

	}

	public record PerspectiveEntry(ActivityNumber number, String text, String lead, Perspectives perspectives) {
	}

	/**
	 * One value of an indicator for one group (or its total): the value as written, "saknas" or that it is withheld;
	 * {@code measured} when the source has a value for it, shown or withheld.
	 */
	public record BreakdownRow(String indicator, String group, boolean total, String value, boolean measured) {
	}

	/**
	 * The chapter on what crime costs: the estimated cost of the round's year's recorded incidents per category (by
	 * the plan's three kinds of cost) and per area, in words as the costs page writes them (ranges, "saknas" for a
	 * missing unit cost); {@code estimated} false when the year cannot be estimated (not yet ended).
	 */
	public record CostChapter(int year, int priceYear, boolean estimated, boolean demo, List<CostRow> categories,
			List<CostRow> areas, String total, @Nullable String missing) {

		public static final String ANCHOR = "kostnader";

		public String anchor() {
			return ANCHOR;
		}

	}

	/** A category's or an area's count and estimate, per kind of cost (empty for an area) and in total. */
	public record CostRow(String name, long count, List<String> kinds, String total) {
	}

	public record ContributionEntry(String committee, @Nullable ActivityStatus status, @Nullable String statusReason,
			@Nullable String done, @Nullable GoalContribution assessment, ReportState state) {
	}

	public record CommitteeAppendix(int position, String committee, List<AppendixRow> rows) {

		public String anchor() {
			return "namnd-" + position;
		}

	}

	public record AppendixRow(ActivityNumber number, String text, boolean lead, @Nullable ActivityStatus status,
			@Nullable GoalContribution assessment, ReportState state) {
	}

}
