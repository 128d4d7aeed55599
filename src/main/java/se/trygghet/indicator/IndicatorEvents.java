package se.trygghet.indicator;

import java.util.List;
import java.util.Map;
import se.trygghet.identity.AuditedEntry;
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
			boolean demo) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("indicator.measurements.imported", "Measurement", source,
					"Indikatorvärden från " + source + ": " + added + " nya, " + changed + " ändrade, " + unchanged
							+ " oförändrade, för " + indicators + " indikatorer" + (demo ? " (demodata)" : ""),
					Map.of("added", added, "changed", changed, "unchanged", unchanged, "indicators", indicators, "demo",
							demo));
		}

	}

	/** A plan's indicators were given how they are measured and judged, from a definitions file. */
	public record IndicatorsSetUp(ActionPlanId plan, String file, int indicators) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("indicator.setup.loaded", "ActionPlan", plan.toString(),
					"Mätning och bedömning angavs för " + indicators + " indikatorer från " + file,
					Map.of());
		}

	}

	/** An administrator added a category to break values down by, e.g. funktionsnedsättning. */
	public record CategoryAdded(String key, String name, List<String> options) implements AuditedEntry {

		public CategoryAdded {
			options = List.copyOf(options);
		}

		@Override
		public Entry auditEntry() {
			return new Entry("indicator.category.added", "IndicatorCategory", key,
					"Indelningen " + name + " lades till med " + options.size() + " alternativ",
					Map.of("options", options));
		}

	}

}
