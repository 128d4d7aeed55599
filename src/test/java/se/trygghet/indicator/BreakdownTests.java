package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BreakdownTests {

	@Test
	void writesCategoriesInAlphabeticalOrderSoEqualBreakdownsHaveOneKey() {
		assertThat(new Breakdown("kon=kvinnor;alder=16-19").key()).isEqualTo("alder=16-19;kon=kvinnor");
		assertThat(new Breakdown(" kon = kvinnor ")).isEqualTo(Breakdown.of("kon", "kvinnor"));
		assertThat(Breakdown.of(Map.of("kon", "man", "alder", "65plus")).options()).containsExactly(
				Map.entry("alder", "65plus"), Map.entry("kon", "man"));
	}

	@Test
	void treatsTheTotalOptionAsNoBreakdown() {
		assertThat(new Breakdown("kon=total")).isEqualTo(Breakdown.TOTAL);
		assertThat(new Breakdown("kon=total;alder=20-24").key()).isEqualTo("alder=20-24");
		assertThat(Breakdown.of("kon", "kvinnor").with("kon", "total").isTotal()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "kon", "kon=", "=kvinnor", "Kon=Kvinnor", "kon=kvinnor;kon=man", "kön=kvinnor", "kon=kvinnor;" })
	void refusesWhatIsNotABreakdown(String key) {
		assertThatThrownBy(() -> new Breakdown(key)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void isAllowedOnlyWithOptionsTheIndicatorIsBrokenDownBy() {
		IndicatorSetup setup = IndicatorFixtures.setup(IndicatorSetup.MeasureType.SURVEY_SHARE,
				Map.of("kon", List.of("kvinnor", "man")));
		assertThat(setup.allows(Breakdown.TOTAL)).isTrue();
		assertThat(setup.allows(Breakdown.of("kon", "kvinnor"))).isTrue();
		assertThat(setup.allows(Breakdown.of("kon", "flickor"))).isFalse();
		assertThat(setup.allows(new Breakdown("alder=16-19;kon=man"))).isFalse();
	}

}
