package se.trygghet.cost;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An estimated cost as shown: a range rounded outwards to thousands of kronor, and the unit costs it lacks. With no
 * range at all it is missing ("saknas", never 0); with a range and something missing it is the sum of what is known
 * only, and says so.
 */
public record Amount(@Nullable CostRange range, List<Missing> missing) {

	public Amount {
		missing = List.copyOf(missing);
	}

	public static Amount missing(List<Missing> missing) {
		return new Amount(null, missing);
	}

	public boolean isMissing() {
		return range == null;
	}

	/** Known, with nothing missing. */
	public boolean isComplete() {
		return range != null && missing.isEmpty();
	}

	/**
	 * A unit cost an estimate lacks: none entered for a category and kind, or one whose price year (or the year shown)
	 * the price index does not have, so that it cannot be brought to the year shown.
	 */
	public record Missing(String category, String categoryName, CostKind kind, @Nullable Integer indexYear) {
	}

}
