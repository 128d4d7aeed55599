package se.trygghet.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the cost estimates: unit costs brought to the price year by the index, times a year's counts or
 * times an evaluation's net-effect interval, as ranges; a missing unit cost or index year is missing, never 0.
 */
class CostEstimatesTests {

	private static final Locale SV = Locale.forLanguageTag("sv");

	private static final List<CostEstimates.Category> CATEGORIES = List.of(
			new CostEstimates.Category("klotter", "Klotter", "Graffiti"),
			new CostEstimates.Category("brand", "Brand", "Fire"));

	private static UnitCost unit(String category, CostKind kind, long low, long high, int year) {
		return new UnitCost(category, kind, BigDecimal.valueOf(low), BigDecimal.valueOf(high), null, year, "Källa",
				null, false);
	}

	/** Every kind of both categories, in 2020 prices. */
	private static List<UnitCost> allUnits() {
		return List.of(unit("klotter", CostKind.CONSEQUENCE, 1000, 3000, 2020),
				unit("klotter", CostKind.RESPONSE, 500, 1500, 2020), unit("klotter", CostKind.ANTICIPATION, 0, 500, 2020),
				unit("brand", CostKind.CONSEQUENCE, 20000, 60000, 2020),
				unit("brand", CostKind.RESPONSE, 5000, 10000, 2020),
				unit("brand", CostKind.ANTICIPATION, 1000, 2000, 2020));
	}

	private static PriceIndex index() {
		return new PriceIndex(Map.of(2020, new BigDecimal("100"), 2025, new BigDecimal("125")));
	}

	@Test
	void valuesThePreventedIncidentsAsTheNetEffectsIntervalTimesTheCheapestAndDearestUnitCosts() {
		CostEstimates estimates = CostEstimates.of(CATEGORIES, allUnits(), index(), 2025, false);
		// 4 to 20 incidents prevented, in 2025 prices (×1.25): consequences 4 × 1 250 … 20 × 75 000
		PreventedValue value = estimates.prevented(4.0, 20.0, List.of("klotter", "brand"));
		assertThat(value.outcome()).isEqualTo(PreventedValue.Outcome.ESTIMATED);
		assertThat(value.of(CostKind.CONSEQUENCE).range()).isEqualTo(CostRange.of(5000, 1_500_000));
		assertThat(value.of(CostKind.RESPONSE).range()).isEqualTo(CostRange.of(2000, 250_000));
		assertThat(value.of(CostKind.ANTICIPATION).range()).isEqualTo(CostRange.of(0, 50_000));
		assertThat(value.total().range()).isEqualTo(CostRange.of(7000, 1_800_000));
		assertThat(value.total().isComplete()).isTrue();
		assertThat(CostFormat.amount(value.total(), SV)).isEqualTo("7\u00a0000–1\u00a0800\u00a0000 kr");
	}

	@Test
	void marksThePreventedValueAsDemoWhenItRestsOnAnInventedUnitCost() {
		List<UnitCost> units = new java.util.ArrayList<>(allUnits());
		units.set(0, new UnitCost("klotter", CostKind.CONSEQUENCE, BigDecimal.valueOf(1000), BigDecimal.valueOf(3000),
				null, 2020, "Demo: påhittat värde", null, true));
		assertThat(CostEstimates.of(CATEGORIES, units, index(), 2025, false).prevented(4.0, 20.0, List.of("klotter"))
			.demo()).isTrue();
		assertThat(CostEstimates.of(CATEGORIES, allUnits(), index(), 2025, false)
			.prevented(4.0, 20.0, List.of("klotter"))
			.demo()).isFalse();
	}

	@Test
	void showsNoSavingWhenTheNetEffectsIntervalIncludesZeroOrAnIncrease() {
		CostEstimates estimates = CostEstimates.of(CATEGORIES, allUnits(), index(), 2025, false);
		assertThat(estimates.prevented(-15.2, 67.9, List.of("klotter")).outcome())
			.isEqualTo(PreventedValue.Outcome.NO_SAVING);
		assertThat(estimates.prevented(0.0, 5.0, List.of("klotter")).outcome())
			.isEqualTo(PreventedValue.Outcome.NO_SAVING);
		assertThat(estimates.prevented(-9.0, -2.0, List.of("klotter")).total()).isNull();
		assertThat(estimates.prevented(null, null, List.of("klotter")).outcome())
			.isEqualTo(PreventedValue.Outcome.NO_NET_EFFECT);
	}

	@Test
	void bringsUnitCostsToThePriceYearByTheIndexAndNeverGuessesAMissingYear() {
		List<UnitCost> units = List.of(unit("klotter", CostKind.CONSEQUENCE, 1000, 2000, 2020),
				unit("klotter", CostKind.RESPONSE, 1000, 2000, 2018));
		CostEstimates estimates = CostEstimates.of(CATEGORIES, units, index(), 2025, false);
		CostRange adjusted = estimates.unit("klotter", CostKind.CONSEQUENCE);
		assertThat(adjusted.low()).isEqualByComparingTo("1250");
		assertThat(adjusted.high()).isEqualByComparingTo("2500");
		// the index has no 2018: that unit cost cannot be adjusted, so it is missing, and says why
		assertThat(estimates.unit("klotter", CostKind.RESPONSE)).isNull();
		YearlyCosts year = estimates.yearly(2024, List.of(area("Bäckby", Map.of("klotter", 10L))));
		assertThat(year.categories().get(0).of(CostKind.CONSEQUENCE).range()).isEqualTo(CostRange.of(12000, 25000));
		assertThat(year.categories().get(0).of(CostKind.RESPONSE).isMissing()).isTrue();
		assertThat(CostFormat.missing(year.missing(), SV)).contains("Klotter – samhällets reaktion (prisindex för 2018 saknas)");
	}

	@Test
	void choosesThisYearAsPriceYearWhenTheIndexHasItElseItsLatestYear() {
		assertThat(index().priceYear(2025)).isEqualTo(2025);
		assertThat(index().priceYear(2026)).isEqualTo(2025);
		assertThat(new PriceIndex(Map.of()).priceYear(2026)).isEqualTo(2026);
		assertThat(index().factor(2020, 2025).orElseThrow()).isEqualByComparingTo("1.25");
		assertThat(index().factor(2019, 2025)).isEmpty();
	}

	@Test
	void showsAMissingUnitCostAsMissingAndNamesItUnderEveryTotalThatLacksIt() {
		// brand has no unit costs at all, klotter only consequences
		List<UnitCost> units = List.of(unit("klotter", CostKind.CONSEQUENCE, 1000, 2000, 2025));
		CostEstimates estimates = CostEstimates.of(CATEGORIES, units, index(), 2025, false);
		YearlyCosts year = estimates.yearly(2024,
				List.of(area("Bäckby", Map.of("klotter", 3L, "brand", 2L)), area("Råby", Map.of("klotter", 1L))));
		YearlyCosts.CategoryRow brand = year.categories().get(1);
		assertThat(brand.total().isMissing()).isTrue();
		assertThat(CostFormat.amount(brand.total(), SV)).isEqualTo("saknas");
		assertThat(year.total().range()).isEqualTo(CostRange.of(4000, 8000));
		assertThat(year.total().isComplete()).isFalse();
		assertThat(CostFormat.amount(year.total(), SV)).isEqualTo("4\u00a0000–8\u00a0000 kr (endast kända kostnader)");
		assertThat(year.missing()).extracting(m -> m.category() + "/" + m.kind())
			.contains("klotter/RESPONSE", "brand/CONSEQUENCE", "brand/RESPONSE", "brand/ANTICIPATION");
		// an area without any brand: its missing kinds are klotter's only
		YearlyCosts.AreaRow raby = year.areas().get(1);
		assertThat(raby.total().missing()).extracting(m -> m.category()).containsOnly("klotter");
		// no incidents cost nothing, with or without a unit cost
		YearlyCosts none = estimates.yearly(2024, List.of());
		assertThat(none.categories().get(1).total().range()).isEqualTo(CostRange.ZERO);
	}

	@Test
	void multipliesAYearsCountsByTheUnitCostsAndRoundsOutwardsToThousands() {
		List<UnitCost> units = List.of(unit("klotter", CostKind.CONSEQUENCE, 1234, 5678, 2025),
				unit("klotter", CostKind.RESPONSE, 100, 200, 2025), unit("klotter", CostKind.ANTICIPATION, 0, 0, 2025));
		CostEstimates estimates = CostEstimates.of(CATEGORIES.subList(0, 1), units, index(), 2025, false);
		YearlyCosts year = estimates.yearly(2024, List.of(area("Bäckby", Map.of("klotter", 7L))));
		// 7 × (1 334 … 5 878) = 9 338 … 41 146, rounded outwards
		assertThat(year.total().range()).isEqualTo(CostRange.of(9000, 42000));
		assertThat(year.areas().get(0).total()).isEqualTo(year.total());
	}

	private static RecordedIncidents.AreaCount area(String name, Map<String, Long> counts) {
		return new RecordedIncidents.AreaCount(name, false, counts);
	}

}
