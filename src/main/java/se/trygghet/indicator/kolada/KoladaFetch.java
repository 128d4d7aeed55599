package se.trygghet.indicator.kolada;

import java.util.List;

/**
 * What one fetch from Kolada brought: every figure of every page, what looked wrong without stopping the fetch (an
 * unknown gender letter, a KPI with no figures at all), and how much talking it took, for the run log.
 *
 * @param values the figures in the order Kolada sent them, each KPI, year and gender at most once
 * @param problems what was skipped or is worth a look, each a sentence naming the KPI, year or place in the answer
 * @param pages how many pages were read
 * @param requests how many HTTP requests were sent, retries included
 * @param retries how many of those requests repeated one that had failed
 */
public record KoladaFetch(List<KoladaValue> values, List<String> problems, int pages, int requests, int retries) {

	public KoladaFetch {
		values = List.copyOf(values);
		problems = List.copyOf(problems);
		if (pages < 0 || requests < pages || retries < 0 || retries > requests) {
			throw new IllegalArgumentException("Inconsistent Kolada counts: " + pages + " pages, " + requests
					+ " requests, " + retries + " retries");
		}
	}

	/** How many of the figures Kolada lacks. */
	public long missingCount() {
		return values.stream().filter(KoladaValue::missing).count();
	}

}
