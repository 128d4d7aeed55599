package se.trygghet.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * A round's reports as open data ({@code /api/v1/rounds/{id}/reports}): what the round's page shows of each report,
 * including, in the plan's last follow-up, what the adopted next plan does with the activity (ended or merged, and
 * why), as the page, the report and the annual report tell it ({@link NextPlanEndings}).
 */
@Component
class RoundReportItems {

	private final FollowUpViews views;

	private final Reports reports;

	private final NextPlanEndings endings;

	RoundReportItems(FollowUpViews views, Reports reports, NextPlanEndings endings) {
		this.views = views;
		this.reports = reports;
		this.endings = endings;
	}

	public record ReportItem(
			@JsonSerialize(using = ToStringSerializer.class) @Schema(type = "string", example = "2.3",
					description = "the activity's number as the plan prints it") ActivityNumber activityNumber,
			String activityText, String committee, String kind, ReportState state,
			@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment,
			@Schema(description = "what the report says about the child-rights and gender-equality perspectives and "
					+ "other groupings; childrenConsulted is null when the report does not say") Perspectives perspectives,
			@Schema(description = "in the plan's last round, once the next plan is adopted: whether it ends the "
					+ "activity or merges it into another; null otherwise") @Nullable NextPlan nextPlan,
			@Schema(description = "true when the round was invented for the demo") boolean demo) {
	}

	/** What the adopted next plan does with the activity. */
	public record NextPlan(@Schema(description = "ENDED or MERGED") String fate,
			@Schema(description = "the next plan's name") String plan,
			@Schema(description = "why; always given for an end, optional for a merge") @Nullable String reason,
			@JsonSerialize(using = ToStringSerializer.class) @Schema(type = "string", example = "2.5",
					description = "for a merge, the next plan's activity it goes into") @Nullable ActivityNumber mergedInto,
			@Schema(description = "that activity's text") @Nullable String mergedText) {

		static NextPlan of(NextPlanEndings.Ending ending) {
			return new NextPlan(ending.mergedInto() == null ? "ENDED" : "MERGED", ending.plan(), ending.reason(),
					ending.mergedInto(), ending.mergedText());
		}

	}

	/**
	 * The round's reports, or empty when the round does not exist for this reader: the public get a published round's
	 * approved reports of the lead committees; staff who read everything every report and contribution in any state.
	 */
	Optional<List<ReportItem>> of(RoundId id, boolean everything) {
		return views.round(id).filter(r -> r.state() == RoundState.PUBLISHED || everything).map(round -> {
			Map<UUID, String> committees = views.committeeNames();
			Map<ActivityId, NextPlanEndings.Ending> fates = endings.of(round.id());
			return reports.ofRound(round.id())
				.stream()
				.filter(r -> everything || (r.kind() == Report.Kind.ACTIVITY_REPORT && r.state() == ReportState.APPROVED))
				.map(r -> new ReportItem(r.activityNumber(), r.activityText(), committees.get(r.committee().value()),
						r.kind().name(), r.state(), r.content().status(), r.content().statusReason(), r.content().done(),
						r.content().effects(), r.content().nextSteps(), r.content().assessment(),
						r.content().perspectives(),
						r.kind() == Report.Kind.ACTIVITY_REPORT && fates.containsKey(r.activity())
								? NextPlan.of(fates.get(r.activity())) : null,
						round.demo()))
				.toList();
		});
	}

}
