package se.trygghet.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.trygghet.plan.IndicatorId;

/**
 * What a committee writes about an activity. A draft may be incomplete (it is saved as the reporter types); a
 * submitted text must be complete, see {@link #problemsForSubmission()}. A reason is kept only with a status that
 * calls for one (delayed, not carried out), so no page or export shows an old delay's reason beside "Pågående".
 * {@link Perspectives} are optional and part of the content, so they are versioned, submitted and approved with it.
 */
public record ReportContent(@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
		@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment,
		List<IndicatorId> indicators, Perspectives perspectives) {

	public static final int MAX_TEXT = ReportTexts.MAX_TEXT;

	public static final ReportContent EMPTY = new ReportContent(null, null, null, null, null, null);

	/** Content without links to indicators. */
	public ReportContent(@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment) {
		this(status, statusReason, done, effects, nextSteps, assessment, List.of());
	}

	/** Content without a word on the perspectives. */
	public ReportContent(@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment,
			List<IndicatorId> indicators) {
		this(status, statusReason, done, effects, nextSteps, assessment, indicators, Perspectives.NONE);
	}

	/** The same content with what it says about the perspectives. */
	public ReportContent withPerspectives(Perspectives perspectives) {
		return new ReportContent(status, statusReason, done, effects, nextSteps, assessment, indicators, perspectives);
	}

	public ReportContent {
		// one link per indicator, in a stable order, so versions compare equal when nothing changed
		indicators = indicators.stream().distinct().sorted(java.util.Comparator.comparing(IndicatorId::toString)).toList();
		statusReason = ActivityStatus.reasonKept(status, clean(statusReason));
		done = clean(done);
		effects = clean(effects);
		nextSteps = clean(nextSteps);
		perspectives = perspectives == null ? Perspectives.NONE : perspectives;
	}

	static @Nullable String clean(@Nullable String text) {
		return ReportTexts.clean(text);
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
		problems.putAll(perspectives.problemsForSubmission());
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
		perspectives.putInto(values);
		return values;
	}

}
