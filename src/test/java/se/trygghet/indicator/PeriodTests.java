package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

	@Test
	void readsYearsHalfYearsQuartersAndMonthsAndWritesThemBackTheSame() {
		assertThat(Stream.of("2023", "2023H1", "2023H2", "2023Q2", "2023-05", "2023-12").map(Period::parse))
			.extracting(Period::toString)
			.containsExactly("2023", "2023H1", "2023H2", "2023Q2", "2023-05", "2023-12");
		assertThat(Period.parse(" 2023q4 ")).isEqualTo(new Period(Period.Type.QUARTER, 2023, 4));
	}

	@Test
	void knowsItsFirstDayAndTheDayAfter() {
		assertThat(Period.parse("2023").start()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(Period.parse("2023").end()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(Period.parse("2023H2").start()).isEqualTo(LocalDate.of(2023, 7, 1));
		assertThat(Period.parse("2023Q2").start()).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(Period.parse("2023Q4").end()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(Period.parse("2023-05").start()).isEqualTo(LocalDate.of(2023, 5, 1));
		assertThat(Period.parse("2023-05").end()).isEqualTo(LocalDate.of(2023, 6, 1));
	}

	@Test
	void ordersByFirstDayAndLongerPeriodsFirst() {
		List<Period> periods = Stream.of("2023-02", "2024", "2023Q1", "2022", "2023H1", "2023", "2023-01", "2023H2")
			.map(Period::parse)
			.sorted()
			.toList();
		assertThat(periods).extracting(Period::toString)
			.containsExactly("2022", "2023", "2023H1", "2023Q1", "2023-01", "2023-02", "2023H2", "2024");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "23", "2023H3", "2023Q0", "2023Q5", "2023-13", "2023-00", "2023-5", "1899", "2101",
			"2023 Q1", "år 2023", "2023-05-01" })
	void refusesWhatIsNotAPeriod(String text) {
		assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAPartThePeriodTypeDoesNotHave() {
		assertThatThrownBy(() -> new Period(Period.Type.HALF_YEAR, 2023, 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Period(Period.Type.YEAR, 2023, 2)).isInstanceOf(IllegalArgumentException.class);
	}

}
