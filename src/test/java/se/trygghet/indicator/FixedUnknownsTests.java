package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exact arithmetic that finds the values a set of sums fixes. */
class FixedUnknownsTests {

	@Test
	void multipliesExactlyModuloThePrime() {
		Random random = new Random(7);
		BigInteger prime = BigInteger.valueOf(FixedUnknowns.PRIME);
		for (int i = 0; i < 10_000; i++) {
			long a = Math.floorMod(random.nextLong(), FixedUnknowns.PRIME);
			long b = i == 0 ? FixedUnknowns.PRIME - 1 : Math.floorMod(random.nextLong(), FixedUnknowns.PRIME);
			assertThat(FixedUnknowns.multiply(a, b))
				.isEqualTo(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(prime).longValue());
		}
	}

	@Test
	void findsTheUnknownsASetOfSumsFixes() {
		long minus = FixedUnknowns.minusOne();
		// x0 + x1 = a, x1 + x2 = b, x0 − x2 = c: x0, x1, x2 stay open; x3 = d alone is fixed
		long[][] rows = { { 1, 1, 0, 0 }, { 0, 1, 1, 0 }, { 1, 0, minus, 0 }, { 0, 0, 0, 1 } };
		assertThat(FixedUnknowns.of(rows, 4)).containsExactly(false, false, false, true);
	}

}
