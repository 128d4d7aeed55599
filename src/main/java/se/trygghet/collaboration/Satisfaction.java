package se.trygghet.collaboration;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The answers to one question on the 1–5 scale: how many gave each score. The mean is shown only from
 * {@value #MIN_ANSWERS} answers on, since with fewer one person's answer could be told from the result; the
 * distribution is then withheld too.
 */
record Satisfaction(long[] counts) {

	static final int MIN_ANSWERS = 5;

	Satisfaction {
		if (counts.length != 5) {
			throw new IllegalArgumentException("A 1–5 scale has five counts");
		}
		counts = counts.clone();
	}

	static Satisfaction of(int... scores) {
		long[] counts = new long[5];
		for (int score : scores) {
			if (score < 1 || score > 5) {
				throw new IllegalArgumentException("A score is 1 to 5, not " + score);
			}
			counts[score - 1]++;
		}
		return new Satisfaction(counts);
	}

	public long n() {
		long n = 0;
		for (long count : counts) {
			n += count;
		}
		return n;
	}

	public boolean suppressed() {
		return n() < MIN_ANSWERS;
	}

	/** The mean score, or empty when too few answered to show it. */
	public OptionalDouble mean() {
		if (suppressed()) {
			return OptionalDouble.empty();
		}
		double sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += (i + 1) * counts[i];
		}
		return OptionalDouble.of(sum / n());
	}

	/** The mean on the indicators' 0–100 index scale: (mean − 1) / 4 × 100; empty when suppressed. */
	public OptionalDouble index() {
		OptionalDouble mean = mean();
		return mean.isPresent() ? OptionalDouble.of((mean.getAsDouble() - 1) / 4 * 100) : OptionalDouble.empty();
	}

	/** How many gave each score 1–5, or an empty list when suppressed. */
	public List<Long> distribution() {
		return suppressed() ? List.of() : java.util.Arrays.stream(counts).boxed().toList();
	}

	Satisfaction plus(Satisfaction other) {
		long[] sum = new long[5];
		for (int i = 0; i < 5; i++) {
			sum[i] = counts[i] + other.counts[i];
		}
		return new Satisfaction(sum);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Satisfaction s && java.util.Arrays.equals(counts, s.counts);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(counts);
	}

	@Override
	public String toString() {
		return java.util.Arrays.toString(counts);
	}

}
