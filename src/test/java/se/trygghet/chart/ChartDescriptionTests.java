package se.trygghet.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDescriptionTests {

	final Scale share = Scale.percent("Andel (%)", 1);

	LineChart line(List<String> categories, List<Series> series) {
		return new LineChart("Trygghet", "År", categories, share, series);
	}

	@Test
	void keepsMissingValuesAsNull() {
		Series series = Series.of("Kvinnor", 55.0, null, 59.8);

		assertThat(series.values()).containsExactly(55.0, null, 59.8);
	}

	@Test
	void refusesASeriesWithMoreOrFewerValuesThanCategories() {
		assertThatIllegalArgumentException().isThrownBy(() -> line(List.of("2022", "2023"), List.of(Series.of("Totalt", 1.0))))
			.withMessageContaining("1 values for 2 categories");
	}

	@Test
	void refusesRepeatedCategoriesAndSeriesNames() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> line(List.of("2023", "2023"), List.of(Series.of("Totalt", 1.0, 2.0))));
		assertThatIllegalArgumentException().isThrownBy(
				() -> line(List.of("2023"), List.of(Series.of("Totalt", 1.0), Series.of("Totalt", 2.0))));
	}

	@Test
	void refusesMoreSeriesThanThereAreStylesToTellApart() {
		List<Series> six = List.of(Series.of("a", 1.0), Series.of("b", 1.0), Series.of("c", 1.0), Series.of("d", 1.0),
				Series.of("e", 1.0), Series.of("f", 1.0));

		assertThatIllegalArgumentException().isThrownBy(() -> line(List.of("2023"), six));
		assertThatIllegalArgumentException().isThrownBy(() -> line(List.of("2023"), List.of()));
	}

	@Test
	void refusesValuesAndTargetsAboveTheUpperBound() {
		assertThatIllegalArgumentException().isThrownBy(() -> line(List.of("2023"), List.of(Series.of("Totalt", 100.5))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LineChart("Trygghet", "År", List.of("2023"), share,
					List.of(Series.of("Totalt", 50.0)), new Target(120, "Mål")));
	}

	@Test
	void refusesNumbersThatAreNotNumbers() {
		assertThatIllegalArgumentException().isThrownBy(() -> Series.of("Totalt", Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> new Target(Double.POSITIVE_INFINITY, "Mål"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Scale("Andel", "%", 1, -1.0));
	}

	@Test
	void refusesBlankTitlesAndLabels() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LineChart(" ", "År", List.of("2023"), share, List.of(Series.of("Totalt", 1.0))));
		assertThatIllegalArgumentException().isThrownBy(() -> Series.of("", 1.0));
		assertThatIllegalArgumentException().isThrownBy(() -> Scale.count(""));
	}

	@Test
	void refusesABarChartWithoutOrientation() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BarChart("Händelser", "Vecka", List.of("v. 1"),
				Scale.count("Antal"), List.of(Series.of("Stöld", 3.0)), null, false));
	}

	@Test
	void copiesItsListsSoLaterChangesCannotReachIt() {
		var categories = new java.util.ArrayList<>(List.of("2022", "2023"));
		LineChart chart = line(categories, List.of(Series.of("Totalt", 1.0, 2.0)));

		categories.add("2024");

		assertThat(chart.categories()).containsExactly("2022", "2023");
	}

}
