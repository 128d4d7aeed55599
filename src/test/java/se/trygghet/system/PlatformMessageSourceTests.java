package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Messages come out exactly as MessageFormat writes them, with the number formats kept instead of rebuilt. */
class PlatformMessageSourceTests {

	static final Locale SV = Locale.forLanguageTag("sv");

	static final List<String> PATTERNS = List.of("{0} av {1} rapporter", "Mot {1,number,0.0} i snitt, {0} nu",
			"{0,choice,1#1 utvärdering|1<{0} utvärderingar}", "''{0}'' och {0}", "{2} – {0} – {1}", "Inget argument");

	static final List<Object[]> ARGUMENTS = List.of(new Object[] { 5, 2.25, "text" },
			new Object[] { 12345, 1234.55, -7 }, new Object[] { -3L, 0.0, new BigDecimal("1234567.891") },
			new Object[] { 1, -0.04, null }, new Object[] { 2, 3, new Date(0) },
			new Object[] { 1_000_000, 10.05, List.of("a") });

	@Test
	void writesEveryArgumentAsMessageFormatDoes() {
		for (Locale locale : List.of(SV, Locale.ENGLISH, Locale.forLanguageTag("sv-SE"))) {
			for (String pattern : PATTERNS) {
				for (Object[] arguments : ARGUMENTS) {
					String expected = new MessageFormat(pattern, locale).format(arguments);
					MessageFormat kept = PlatformMessageSource.withKeptFormats(new MessageFormat(pattern, locale), locale);
					assertThat(kept.format(arguments)).as("%s %s %s", pattern, locale, java.util.Arrays.toString(arguments))
						.isEqualTo(expected)
						.isEqualTo(kept.format(arguments));
				}
			}
		}
	}

	@Test
	void groupsThousandsTheSwedishWayFromTheBundle() {
		PlatformMessageSource messages = new PlatformMessageSource();
		String key = "start.week.count";
		assertThat(messages.getMessage(key, new Object[] { 12345, 2.25 }, SV))
			.isEqualTo(new MessageFormat(messages.getMessage(key, null, SV), SV)
				.format(new Object[] { 12345, 2.25 }))
			.startsWith("12\u00a0345 ");
	}

	@Test
	void givesEachThreadTheRightNumberUnderConcurrentUse() throws Exception {
		PlatformMessageSource messages = new PlatformMessageSource();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> answers = IntStream.range(0, 4000)
				.mapToObj(i -> pool.submit(() -> messages.getMessage("start.week.count", new Object[] { 1000 + i, 1.5 }, SV)
					.startsWith(new MessageFormat("{0}", SV).format(new Object[] { 1000 + i }) + " ")))
				.toList();
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void refusesToParse() {
		assertThatThrownBy(() -> new PlatformMessageSource.PlainArgument(SV).parseObject("1"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
