package se.trygghet.cost;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The estimated value of the incidents an evaluated intervention prevented: the 95 % interval of its total net effect
 * (incidents prevented) times the unit costs of its categories, kind by kind, in {@code priceYear}'s prices. Which
 * categories the prevented incidents were is not known, so the low end takes the cheapest of them and the high end the
 * dearest. Only an interval wholly above zero shows a saving ({@link Outcome#ESTIMATED}). {@code demo} when the
 * estimate rests on unit costs or index values invented for the demonstration.
 */
public record PreventedValue(Outcome outcome, int priceYear, Map<CostKind, Amount> byKind, @Nullable Amount total,
		List<Amount.Missing> missing, boolean demo) {

	public enum Outcome {

		/** The evaluation has no interval for its net effect: nothing to value. */
		NO_NET_EFFECT,

		/** The interval includes zero or an increase: no saving can be shown. */
		NO_SAVING,

		/** The interval lies above zero: a range of value. */
		ESTIMATED

	}

	public PreventedValue {
		missing = List.copyOf(missing);
	}

	public boolean estimated() {
		return outcome == Outcome.ESTIMATED;
	}

	public Amount of(CostKind kind) {
		return byKind.get(kind);
	}

}
