package se.trygghet.indicator;

import java.util.List;
import java.util.Map;
import se.trygghet.identity.Audited;
import se.trygghet.plan.ActionPlanId;

/** Past-tense events of the indicator module. Each is audited; later modules may react to them. */
public final class IndicatorEvents {

	private IndicatorEvents() {
	}

	/**
	 * Values were written from one source (an import, Kolada, the plan's stated figures, the demo). Published only when
	 * something was added or changed: a re-run that finds every value as stored leaves no trace.
	 */
	public record MeasurementsImported(String source, int indicators, int added, int changed, int unchanged,
			boolean demo) implements Audited {

		@Override
		public String auditAction() {
			return "indicator.measurements.imported";
		}

		@Override
		public String auditSubjectType() {
			return "Measurement";
		}

		@Override
		public String auditSubjectId() {
			return source;
		}

		@Override
		public String auditSummary() {
			return "Indikatorvärden från " + source + ": " + added + " nya, " + changed + " ändrade, " + unchanged
					+ " oförändrade, för " + indicators + " indikatorer" + (demo ? " (demodata)" : "");
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("added", added, "changed", changed, "unchanged", unchanged, "indicators", indicators, "demo",
					demo);
		}

	}

	/** A plan's indicators were given how they are measured and judged, from a definitions file. */
	public record IndicatorsSetUp(ActionPlanId plan, String file, int indicators) implements Audited {

		@Override
		public String auditAction() {
			return "indicator.setup.loaded";
		}

		@Override
		public String auditSubjectType() {
			return "ActionPlan";
		}

		@Override
		public String auditSubjectId() {
			return plan.toString();
		}

		@Override
		public String auditSummary() {
			return "Mätning och bedömning angavs för " + indicators + " indikatorer från " + file;
		}

	}

	/** An administrator added a category to break values down by, e.g. funktionsnedsättning. */
	public record CategoryAdded(String key, String name, List<String> options) implements Audited {

		public CategoryAdded {
			options = List.copyOf(options);
		}

		@Override
		public String auditAction() {
			return "indicator.category.added";
		}

		@Override
		public String auditSubjectType() {
			return "IndicatorCategory";
		}

		@Override
		public String auditSubjectId() {
			return key;
		}

		@Override
		public String auditSummary() {
			return "Indelningen " + name + " lades till med " + options.size() + " alternativ";
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("options", options);
		}

	}

}
