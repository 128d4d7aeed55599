package se.trygghet.chart;

import java.util.List;

/** The three kinds of chart the platform draws, with realistic numbers. */
final class ChartFixtures {

	private ChartFixtures() {
	}

	/** An indicator per year and gender with a target; women's 2021 value was suppressed (too few answers). */
	static LineChart safetyByGender() {
		return new LineChart("Känner sig trygga i sitt bostadsområde", "År",
				List.of("2019", "2020", "2021", "2022", "2023"), Scale.percent("Andel av de svarande (%)", 1),
				List.of(Series.of("Totalt", 61.2, 63.0, 62.4, 64.9, 66.1),
						Series.of("Kvinnor", 55.0, 57.5, null, 59.8, 61.0),
						Series.of("Män", 67.3, 68.4, 69.0, 70.1, 71.2)),
				new Target(70.0, "Mål 2026"));
	}

	static BarChart completionPerCommittee() {
		return new BarChart("Klara rapporter per nämnd", "Nämnd",
				List.of("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Kultur-, idrotts- och fritidsnämnden",
						"Individ- och familjenämnden", "Tekniska nämnden"),
				Scale.percent("Andel klara rapporter (%)", 0), List.of(Series.of("Andel klara", 100.0, 75.0, 40.0, 0.0, 87.5)),
				BarChart.Orientation.HORIZONTAL, true);
	}

	static BarChart incidentsPerWeek() {
		return new BarChart("Anmälda händelser per vecka", "Vecka", List.of("v. 14", "v. 15", "v. 16", "v. 17"),
				Scale.count("Antal händelser"),
				List.of(Series.of("Skadegörelse", 12.0, 9.0, 15.0, 7.0), Series.of("Stöld", 4.0, 6.0, null, 5.0)),
				BarChart.Orientation.VERTICAL, true);
	}

}
