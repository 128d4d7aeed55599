package se.trygghet.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.trygghet.plan.IndicatorId;
import se.trygghet.system.Refusal;

/**
 * What a committee writes about an activity. A draft may be incomplete (it is saved as the reporter types); a
 * submitted text must be complete, see {@link #problemsForSubmission()}. A reason is kept only with a status that
 * calls for one (delayed, not carried out), so no page or export shows an old delay's reason beside "Pågående".
 */
public record ReportContent(@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
		@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment,
		List<IndicatorId> indicators) {

	public static final int MAX_TEXT = 20_000;

	public static final ReportContent EMPTY = new ReportContent(null, null, null, null, null, null);

	/** Content without links to indicators. */
	public ReportContent(@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment) {
		this(status, statusReason, done, effects, nextSteps, assessment, List.of());
	}

	public ReportContent {
		// one link per indicator, in a stable order, so versions compare equal when nothing changed
		indicators = indicators.stream().distinct().sorted(java.util.Comparator.comparing(IndicatorId::toString)).toList();
		statusReason = ActivityStatus.reasonKept(status, clean(statusReason));
		done = clean(done);
		effects = clean(effects);
		nextSteps = clean(nextSteps);
	}

	private static @Nullable String clean(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_TEXT) {
			throw Refusal.of("followup.text.tooLong");
		}
		return text.strip();
	}

	/** Field name → message code of everything that stops this content from being submitted. */
	public Map<String, String> problemsForSubmission() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (status == null) {
			problems.put("status", "followup.status.missing");
		}
		else if (status.requiresReason() && statusReason == null) {
			problems.put("statusReason", "followup.reason.missing");
		}
		if (done == null) {
			problems.put("done", "followup.done.missing");
		}
		if (assessment == null) {
			problems.put("assessment", "followup.assessment.missing");
		}
		return problems;
	}

	Map<String, Object> asMap() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", status == null ? "" : status.name());
		values.put("statusReason", statusReason == null ? "" : statusReason);
		values.put("done", done == null ? "" : done);
		values.put("effects", effects == null ? "" : effects);
		values.put("nextSteps", nextSteps == null ? "" : nextSteps);
		values.put("assessment", assessment == null ? "" : assessment.name());
		values.put("indicators", String.join(",", indicators.stream().map(IndicatorId::toString).toList()));
		return values;
	}

}
