package se.trygghet.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import se.trygghet.identity.AuditedEntry;

/** What happens to the estimates' inputs, as past-tense events; each is written to the audit log. */
public final class CostEvents {

	private CostEvents() {
	}

	/** A unit cost was entered or changed. */
	public record UnitCostSaved(UnitCost cost) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("low", cost.low().toPlainString());
			details.put("high", cost.high().toPlainString());
			if (cost.central() != null) {
				details.put("central", cost.central().toPlainString());
			}
			details.put("priceYear", cost.priceYear());
			details.put("source", cost.source());
			return new Entry("cost.unit.saved", "UnitCost", cost.category() + "/" + cost.kind(),
					"Enhetskostnad för " + cost.category() + " (" + cost.kind() + ") sparad", details);
		}

	}

	/** A year's value of the price index was entered or changed. */
	public record IndexValueSaved(int year, BigDecimal value, String source) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("cost.index.saved", "PriceIndex", String.valueOf(year),
					"Prisindex för " + year + " sparat", Map.of("value", value.toPlainString(), "source", source));
		}

	}

}
