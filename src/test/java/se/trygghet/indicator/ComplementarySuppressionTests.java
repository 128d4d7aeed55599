package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.trygghet.area.AreaId;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCatalog.SuppressionReason;
import se.trygghet.indicator.IndicatorSetup.MeasureType;

/**
 * Secondary suppression through {@link DisclosureControl}, with the default minimums (counts of 3, 10 respondents)
 * and a municipality divided into two kommundelar, the northern one into three stadsdelar. Each case checks what is
 * withheld, and most also that a reader who knows the sums can work out no withheld value from the published ones
 * (an independent check in floating point).
 */
class ComplementarySuppressionTests {

	static final Map<AreaId, String> NAMES = new LinkedHashMap<>();

	static final AreaId KOMMUN = area("kommun");

	static final AreaId NORR = area("norr");

	static final AreaId SODER = area("söder");

	static final AreaId S1 = area("s1");

	static final AreaId S2 = area("s2");

	static final AreaId S3 = area("s3");

	static final Map<AreaId, List<AreaId>> DIVIDED = Map.of(KOMMUN, List.of(NORR, SODER), NORR, List.of(S1, S2, S3));

	static final AreaPartitions AREAS = new AreaPartitions() {

		@Override
		public List<List<AreaId>> of(AreaId area) {
			return DIVIDED.containsKey(area) ? List.of(DIVIDED.get(area)) : List.of();
		}

		@Override
		public Optional<AreaId> parent(AreaId area) {
			return DIVIDED.entrySet().stream().filter(e -> e.getValue().contains(area)).map(Map.Entry::getKey).findFirst();
		}

	};

	static final List<String> GENDERS = List.of("kvinnor", "man");

	static final List<String> AGES = List.of("16-19", "20-24", "25-44", "45-64", "65plus");

	DisclosureControl control = new DisclosureControl(3, 10, AREAS);

	IndicatorSetup byGender = IndicatorFixtures.setup(MeasureType.COUNT, Map.of("kon", GENDERS));

	static AreaId area(String name) {
		AreaId id = new AreaId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
		NAMES.put(id, name);
		return id;
	}

	static Point count(String period, AreaId area, String breakdown, long count) {
		return new Point(Period.parse(period), area, new Breakdown(breakdown), BigDecimal.valueOf(count),
				MeasurementStatus.NORMAL, null, null, null, null, "test", "1", null, false);
	}

	static Point counted(String period, AreaId area, String breakdown, String value, long numerator,
			long denominator, @Nullable Integer respondents) {
		return new Point(Period.parse(period), area, new Breakdown(breakdown), new BigDecimal(value),
				MeasurementStatus.NORMAL, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
				respondents, "test", "1", null, false);
	}

	static Point suppressedAtSource(String period, AreaId area, String breakdown) {
		return new Point(Period.parse(period), area, new Breakdown(breakdown), null, MeasurementStatus.SUPPRESSED, null,
				null, null, null, "test", "1", null, false);
	}

	static String label(Point p) {
		return label(p.period().toString(), p.area(), p.breakdown().key());
	}

	static String label(String period, AreaId area, String breakdown) {
		return period + " " + NAMES.get(area) + (breakdown.isEmpty() ? "" : " " + breakdown);
	}

	/** What the public does not see, and why. */
	static Map<String, SuppressionReason> withheld(List<Point> shown) {
		Map<String, SuppressionReason> withheld = new TreeMap<>();
		shown.stream().filter(p -> p.suppressed() != null).forEach(p -> withheld.put(label(p), p.suppressed()));
		return withheld;
	}

	List<Point> publicView(IndicatorSetup setup, Point... points) {
		return control.apply(List.of(points), setup, Audience.PUBLIC);
	}

	@Test
	void withholdsTheOtherGenderSoThatTheSmallOneCannotBeWorkedOutFromTheTotal() {
		List<Point> shown = publicView(byGender, count("2023", KOMMUN, "", 40), count("2023", KOMMUN, "kon=kvinnor", 2),
				count("2023", KOMMUN, "kon=man", 38));
		assertThat(withheld(shown)).containsExactly(Map.entry("2023 kommun kon=kvinnor", SuppressionReason.SMALL_COUNT),
				Map.entry("2023 kommun kon=man", SuppressionReason.COMPLEMENTARY));
		assertThat(shown.get(0).value()).as("the total stays").isEqualByComparingTo("40");
		assertThat(shown.get(2).numerator()).as("no count of a withheld value is shown").isNull();
		assertThat(control.apply(List.of(count("2023", KOMMUN, "kon=man", 38)), byGender, Audience.INTERNAL).get(0)
			.value()).as("staff see it").isEqualByComparingTo("38");
	}

	@Test
	void withholdsTheSmallestOtherAgeBandSoThatASmallOneCannotBeWorkedOutFromTheTotal() {
		IndicatorSetup byAge = IndicatorFixtures.setup(MeasureType.COUNT, Map.of("alder", AGES));
		long[] counts = { 2, 15, 30, 33, 20 };
		List<Point> points = new ArrayList<>(List.of(count("2023", KOMMUN, "", 100)));
		for (int i = 0; i < AGES.size(); i++) {
			points.add(count("2023", KOMMUN, "alder=" + AGES.get(i), counts[i]));
		}
		List<Point> shown = publicView(byAge, points.toArray(Point[]::new));
		assertThat(withheld(shown)).containsExactly(Map.entry("2023 kommun alder=16-19", SuppressionReason.SMALL_COUNT),
				Map.entry("2023 kommun alder=20-24", SuppressionReason.COMPLEMENTARY));
	}

	@Test
	void keepsTheOtherCategoryFixedAndClosesEverySumASmallAgeBandOfOneGenderIsIn() {
		IndicatorSetup both = IndicatorFixtures.setup(MeasureType.COUNT, Map.of("kon", GENDERS, "alder", AGES));
		long[][] byAgeAndGender = { { 2, 12, 30, 31, 25 }, { 8, 18, 30, 24, 20 } };
		List<Point> points = new ArrayList<>(List.of(count("2023", KOMMUN, "", 200)));
		for (int g = 0; g < 2; g++) {
			points.add(count("2023", KOMMUN, "kon=" + GENDERS.get(g), 100));
			for (int a = 0; a < AGES.size(); a++) {
				points.add(count("2023", KOMMUN, "alder=" + AGES.get(a) + ";kon=" + GENDERS.get(g), byAgeAndGender[g][a]));
			}
		}
		for (int a = 0; a < AGES.size(); a++) {
			points.add(count("2023", KOMMUN, "alder=" + AGES.get(a), byAgeAndGender[0][a] + byAgeAndGender[1][a]));
		}
		List<Point> shown = publicView(both, points.toArray(Point[]::new));
		assertThat(withheld(shown)).containsExactly(
				Map.entry("2023 kommun alder=16-19;kon=kvinnor", SuppressionReason.SMALL_COUNT),
				Map.entry("2023 kommun alder=16-19;kon=man", SuppressionReason.COMPLEMENTARY),
				Map.entry("2023 kommun alder=20-24;kon=kvinnor", SuppressionReason.COMPLEMENTARY),
				Map.entry("2023 kommun alder=20-24;kon=man", SuppressionReason.COMPLEMENTARY));
		List<List<String>> sums = new ArrayList<>();
		for (String gender : GENDERS) {
			sums.add(sum("2023", KOMMUN, "kon=" + gender, AGES.stream().map(a -> "alder=" + a + ";kon=" + gender).toList()));
		}
		for (String age : AGES) {
			sums.add(sum("2023", KOMMUN, "alder=" + age, GENDERS.stream().map(g -> "alder=" + age + ";kon=" + g).toList()));
		}
		assertThat(workedOut(shown, sums)).isEmpty();
	}

	@Test
	void withholdsTheSmallestOtherStadsdelSoThatASmallOneCannotBeWorkedOutFromItsKommundel() {
		IndicatorSetup totals = IndicatorFixtures.setup(MeasureType.COUNT, Map.of());
		List<Point> shown = publicView(totals, count("2023", KOMMUN, "", 60), count("2023", NORR, "", 20),
				count("2023", SODER, "", 40), count("2023", S1, "", 2), count("2023", S2, "", 11),
				count("2023", S3, "", 7));
		assertThat(withheld(shown)).containsExactly(Map.entry("2023 s1", SuppressionReason.SMALL_COUNT),
				Map.entry("2023 s3", SuppressionReason.COMPLEMENTARY));
		assertThat(workedOut(shown, List.of(areaSum("2023", NORR, "", List.of(S1, S2, S3)),
				areaSum("2023", KOMMUN, "", List.of(NORR, SODER))))).isEmpty();
	}

	@Test
	void withholdsTheOtherKommundelSoThatASmallOneCannotBeWorkedOutFromTheKommun() {
		IndicatorSetup totals = IndicatorFixtures.setup(MeasureType.COUNT, Map.of());
		List<Point> shown = publicView(totals, count("2023", KOMMUN, "", 41), count("2023", NORR, "", 2),
				count("2023", SODER, "", 39));
		assertThat(withheld(shown)).containsExactly(Map.entry("2023 norr", SuppressionReason.SMALL_COUNT),
				Map.entry("2023 söder", SuppressionReason.COMPLEMENTARY));
	}

	@Test
	void withholdsAPartWhenTheTotalIsWithheldButItsPartsWouldAddUpToIt() {
		List<Point> shown = publicView(byGender, suppressedAtSource("2023", KOMMUN, ""),
				count("2023", KOMMUN, "kon=kvinnor", 12), count("2023", KOMMUN, "kon=man", 10));
		assertThat(withheld(shown)).containsExactly(Map.entry("2023 kommun", SuppressionReason.SOURCE),
				Map.entry("2023 kommun kon=man", SuppressionReason.COMPLEMENTARY));
	}

	@Test
	void withholdsTheTotalTooWhenWhatIsKnownOfTheWithheldPartsWouldStillGiveThemAway() {
		// women are "fewer than 3", the men withheld beside them are not; with the total 4 only 1 and 3 would fit
		List<Point> shown = publicView(byGender, count("2023", KOMMUN, "", 4), count("2023", KOMMUN, "kon=kvinnor", 1),
				count("2023", KOMMUN, "kon=man", 3));
		assertThat(withheld(shown)).containsExactly(Map.entry("2023 kommun", SuppressionReason.COMPLEMENTARY),
				Map.entry("2023 kommun kon=kvinnor", SuppressionReason.SMALL_COUNT),
				Map.entry("2023 kommun kon=man", SuppressionReason.COMPLEMENTARY));
	}

	@Test
	void withholdsMoreWhereOnlyACombinationOfSumsGivesAValueAway() {
		// four areas by five age bands; the producer withheld two 2×2 blocks and one value between them, so that every
		// row and column has at least two unknowns, yet the rows of the first block minus its columns give that value
		Map<AreaId, List<AreaId>> fourAreas = Map.of(KOMMUN, List.of(NORR, SODER, S1, S2));
		AreaPartitions divided = new AreaPartitions() {

			@Override
			public List<List<AreaId>> of(AreaId area) {
				return fourAreas.containsKey(area) ? List.of(fourAreas.get(area)) : List.of();
			}

			@Override
			public Optional<AreaId> parent(AreaId area) {
				return fourAreas.get(KOMMUN).contains(area) ? Optional.of(KOMMUN) : Optional.empty();
			}

		};
		IndicatorSetup byAge = IndicatorFixtures.setup(MeasureType.COUNT, Map.of("alder", AGES));
		List<AreaId> rows = fourAreas.get(KOMMUN);
		Set<String> atSource = Set.of("norr 16-19", "norr 20-24", "söder 16-19", "söder 20-24", "norr 25-44",
				"s1 25-44", "s1 45-64", "s2 25-44", "s2 45-64");
		List<Point> points = new ArrayList<>();
		long[] columnTotals = new long[AGES.size()];
		for (int r = 0; r < rows.size(); r++) {
			long rowTotal = 0;
			for (int a = 0; a < AGES.size(); a++) {
				long n = 10 + 3 * r + 5 * a;
				rowTotal += n;
				columnTotals[a] += n;
				points.add(atSource.contains(NAMES.get(rows.get(r)) + " " + AGES.get(a))
						? suppressedAtSource("2023", rows.get(r), "alder=" + AGES.get(a))
						: count("2023", rows.get(r), "alder=" + AGES.get(a), n));
			}
			points.add(count("2023", rows.get(r), "", rowTotal));
		}
		long all = 0;
		for (int a = 0; a < AGES.size(); a++) {
			points.add(count("2023", KOMMUN, "alder=" + AGES.get(a), columnTotals[a]));
			all += columnTotals[a];
		}
		points.add(count("2023", KOMMUN, "", all));
		List<List<String>> sums = new ArrayList<>();
		for (AreaId row : rows) {
			sums.add(sum("2023", row, "", AGES.stream().map(a -> "alder=" + a).toList()));
		}
		for (String age : AGES) {
			sums.add(areaSum("2023", KOMMUN, "alder=" + age, rows));
		}
		assertThat(workedOut(points, sums)).as("the producer's suppression alone").containsExactly("2023 norr alder=25-44");

		List<Point> shown = new DisclosureControl(3, 10, divided).apply(points, byAge, Audience.PUBLIC);
		assertThat(withheld(shown)).containsValue(SuppressionReason.COMPLEMENTARY);
		assertThat(workedOut(shown, sums)).isEmpty();
	}

	@Test
	void withholdsAnotherQuarterSoThatASmallOneCannotBeWorkedOutFromTheYear() {
		IndicatorSetup totals = IndicatorFixtures.setup(MeasureType.COUNT, Map.of());
		List<Point> shown = publicView(totals, count("2023", SODER, "", 50), count("2023Q1", SODER, "", 2),
				count("2023Q2", SODER, "", 14), count("2023Q3", SODER, "", 16), count("2023Q4", SODER, "", 18));
		assertThat(withheld(shown)).containsExactly(Map.entry("2023Q1 söder", SuppressionReason.SMALL_COUNT),
				Map.entry("2023Q2 söder", SuppressionReason.COMPLEMENTARY));
	}

	@Test
	void protectsTheNumeratorOfARateAndTheAnswersOfASurveyAsItDoesACount() {
		IndicatorSetup rate = IndicatorFixtures.setup(MeasureType.RATE, Map.of("kon", GENDERS));
		List<Point> rates = publicView(rate, counted("2023", KOMMUN, "", "400", 40, 10_000, null),
				counted("2023", KOMMUN, "kon=kvinnor", "40", 2, 5_000, null),
				counted("2023", KOMMUN, "kon=man", "760", 38, 5_000, null));
		assertThat(withheld(rates)).containsEntry("2023 kommun kon=man", SuppressionReason.COMPLEMENTARY);

		IndicatorSetup survey = IndicatorFixtures.setup(MeasureType.SURVEY_SHARE, Map.of("kon", GENDERS));
		List<Point> answers = publicView(survey, counted("2023", KOMMUN, "", "60.0", 60, 100, 100),
				counted("2023", KOMMUN, "kon=kvinnor", "50.0", 4, 8, 8),
				counted("2023", KOMMUN, "kon=man", "60.9", 56, 92, 92));
		assertThat(withheld(answers)).containsExactly(
				Map.entry("2023 kommun kon=kvinnor", SuppressionReason.FEW_RESPONDENTS),
				Map.entry("2023 kommun kon=man", SuppressionReason.COMPLEMENTARY));
	}

	@Test
	void withholdsTheSameValuesWhateverOrderTheValuesComeIn() {
		IndicatorSetup totals = IndicatorFixtures.setup(MeasureType.COUNT, Map.of("kon", GENDERS));
		List<Point> points = new ArrayList<>();
		for (AreaId area : List.of(KOMMUN, NORR, SODER, S1, S2, S3)) {
			for (int year = 2020; year <= 2023; year++) {
				long base = area.equals(KOMMUN) ? 0 : 1 + Math.floorMod(NAMES.get(area).hashCode() + year, 9);
				points.add(count(String.valueOf(year), area, "kon=kvinnor", base));
				points.add(count(String.valueOf(year), area, "kon=man", base + 4));
				points.add(count(String.valueOf(year), area, "", 2 * base + 4));
			}
		}
		Map<String, SuppressionReason> first = withheld(control.apply(points, totals, Audience.PUBLIC));
		assertThat(first).containsValue(SuppressionReason.COMPLEMENTARY);
		Random random = new Random(13);
		for (int i = 0; i < 5; i++) {
			List<Point> shuffled = new ArrayList<>(points);
			Collections.shuffle(shuffled, random);
			assertThat(withheld(control.apply(shuffled, totals, Audience.PUBLIC))).isEqualTo(first);
		}
	}

	@Test
	void withholdsAlongTrueDivisionsOnly() {
		IndicatorSetup totals = IndicatorFixtures.setup(MeasureType.COUNT, Map.of());
		List<Point> areas = List.of(count("2023", NORR, "", 20), count("2023", S1, "", 2), count("2023", S2, "", 11),
				count("2023", S3, "", 7));
		assertThat(withheld(control.apply(areas, totals, Audience.PUBLIC))).containsOnlyKeys("2023 s1", "2023 s3");
		// areas that do not cover their parent
		assertThat(withheld(new DisclosureControl(3, 10, AreaPartitions.NONE).apply(areas, totals, Audience.PUBLIC)))
			.containsOnlyKeys("2023 s1");
		// the districts with the highest and lowest turnout do not make up the municipality
		IndicatorSetup districts = IndicatorFixtures.setup(MeasureType.COUNT, Map.of("valdistrikt", List.of("hogst", "lagst")));
		assertThat(withheld(publicView(districts, count("2023", KOMMUN, "", 40),
				count("2023", KOMMUN, "valdistrikt=hogst", 2), count("2023", KOMMUN, "valdistrikt=lagst", 38))))
			.containsOnlyKeys("2023 kommun valdistrikt=hogst");
		// women alone are not all of the total
		IndicatorSetup women = IndicatorFixtures.setup(MeasureType.COUNT, Map.of("kon", List.of("kvinnor")));
		assertThat(withheld(publicView(women, count("2023", KOMMUN, "", 40), count("2023", KOMMUN, "kon=kvinnor", 2))))
			.containsOnlyKeys("2023 kommun kon=kvinnor");
		// what the producer has protected is left as it is
		IndicatorSetup producers = IndicatorFixtures.setup(MeasureType.COUNT, IndicatorSetup.SuppressionClass.NONE);
		assertThat(withheld(control.apply(List.of(suppressedAtSource("2023", NORR, ""), count("2023", S1, "", 2),
				count("2023", S2, "", 11), count("2023", S3, "", 7)), producers, Audience.PUBLIC)))
			.containsOnlyKeys("2023 norr");
	}

	// --- a reader who knows the sums -------------------------------------------------------------------------------

	/** A sum as labels: the whole first, then its parts (areas with the same breakdown). */
	static List<String> areaSum(String period, AreaId whole, String breakdown, List<AreaId> parts) {
		List<String> labels = new ArrayList<>(List.of(label(period, whole, breakdown)));
		parts.forEach(p -> labels.add(label(period, p, breakdown)));
		return labels;
	}

	/** A sum as labels: the whole first, then its parts (breakdowns of the same area). */
	static List<String> sum(String period, AreaId area, String whole, List<String> parts) {
		List<String> labels = new ArrayList<>(List.of(label(period, area, whole)));
		parts.forEach(p -> labels.add(label(period, area, p)));
		return labels;
	}

	/**
	 * The withheld values that the sums fix: a value is fixed when leaving its column out of the unknowns' matrix lowers
	 * the rank (its unit vector is then a combination of the sums).
	 */
	static Set<String> workedOut(List<Point> shown, List<List<String>> sums) {
		Set<String> published = new LinkedHashSet<>();
		Set<String> withheld = new LinkedHashSet<>();
		shown.forEach(p -> (p.value() != null ? published : withheld).add(label(p)));
		List<String> unknown = sums.stream().flatMap(List::stream).filter(l -> !published.contains(l)).distinct().toList();
		if (unknown.isEmpty()) {
			return Set.of();
		}
		double[][] matrix = new double[sums.size()][unknown.size()];
		for (int r = 0; r < sums.size(); r++) {
			for (int c = 0; c < sums.get(r).size(); c++) {
				int column = unknown.indexOf(sums.get(r).get(c));
				if (column >= 0) {
					matrix[r][column] = c == 0 ? -1 : 1;
				}
			}
		}
		int rank = rank(matrix);
		Set<String> fixed = new LinkedHashSet<>();
		for (int j = 0; j < unknown.size(); j++) {
			if (!withheld.contains(unknown.get(j))) {
				continue;
			}
			double[][] without = new double[matrix.length][unknown.size() - 1];
			for (int r = 0; r < matrix.length; r++) {
				for (int c = 0, k = 0; c < unknown.size(); c++) {
					if (c != j) {
						without[r][k++] = matrix[r][c];
					}
				}
			}
			if (rank(without) < rank) {
				fixed.add(unknown.get(j));
			}
		}
		return fixed;
	}

	private static int rank(double[][] matrix) {
		if (matrix.length == 0 || matrix[0].length == 0) {
			return 0;
		}
		return new SingularValueDecomposition(new Array2DRowRealMatrix(matrix)).getRank();
	}

}
