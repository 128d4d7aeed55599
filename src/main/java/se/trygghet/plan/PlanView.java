package se.trygghet.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A whole plan as pages, the API and exports read it. Built by {@link PlanViews}; {@code revision} identifies the
 * plan's content, so equal revisions mean equal views.
 */
record PlanView(UUID id, String key, String name, String municipality, int periodFrom, int periodTo, PlanState state,
		@Nullable String adoptedBy, @Nullable String adoptionDecision, @Nullable LocalDate adoptedOn,
		@Nullable String source, @Nullable String description, int version, long revision, List<FocusAreaView> focusAreas,
		List<OrgBodyView> organisation, List<CommitteeView> committees) {

	public record FocusAreaView(UUID id, int number, String title, @Nullable String description, int version,
			List<GoalView> goals, List<IndicatorView> indicators, List<ActivityView> activities) {
	}

	public record GoalView(UUID id, int position, String text, int version) {
	}

	public record IndicatorView(UUID id, int position, String name, String unit, Direction direction, String source,
			@Nullable String koladaKpi, @Nullable String definition, int version, List<StatedFigureView> statedFigures) {
	}

	public record StatedFigureView(String description, String period, BigDecimal value, String unit) {
	}

	public record ActivityView(UUID id, String number, int focusAreaNumber, String text, @Nullable String note,
			boolean leadConfirmed, int version, List<ResponsibleView> committees) {

		public @Nullable ResponsibleView lead() {
			return committees.stream().filter(ResponsibleView::lead).findFirst().orElse(null);
		}

		public boolean involves(UUID committeeId) {
			return committees.stream().anyMatch(c -> c.committeeId().equals(committeeId));
		}

	}

	public record ResponsibleView(UUID committeeId, String name, @Nullable String shortName, boolean lead) {
	}

	public record OrgBodyView(String name, OrganisationLevel level, String role, @Nullable UUID committeeId,
			boolean allCommittees) {
	}

	public record CommitteeView(UUID id, String name, @Nullable String shortName) {
	}

	public List<ActivityView> activities() {
		return focusAreas.stream().flatMap(f -> f.activities().stream()).toList();
	}

	public @Nullable ActivityView activity(String number) {
		return activities().stream().filter(a -> a.number().equals(number)).findFirst().orElse(null);
	}

	public @Nullable FocusAreaView focusArea(int number) {
		return focusAreas.stream().filter(f -> f.number() == number).findFirst().orElse(null);
	}

	public @Nullable CommitteeView committee(UUID id) {
		return committees.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
	}

	public int goalCount() {
		return focusAreas.stream().mapToInt(f -> f.goals().size()).sum();
	}

	public int indicatorCount() {
		return focusAreas.stream().mapToInt(f -> f.indicators().size()).sum();
	}

}
