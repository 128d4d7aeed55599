package se.trygghet.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import se.trygghet.area.AreaId;
import se.trygghet.chart.Charts;
import se.trygghet.cost.CostEstimates;
import se.trygghet.cost.CrimeCosts;
import se.trygghet.cost.PriceIndex;

/** The views of an intervention's evaluations, as its page shows them. */
class EvaluationViewsTests {

	@Test
	void readsTheUnitCostsAndTheIndexOnceForAllOfAnInterventionsEvaluations() {
		CrimeCosts costs = mock(CrimeCosts.class);
		when(costs.estimates())
			.thenReturn(CostEstimates.of(List.of(), List.of(), new PriceIndex(Map.of()), 2025, false));
		EvaluationViews views = new EvaluationViews(mock(Choices.class), mock(Charts.class), new StaticMessageSource(),
				costs);
		InterventionId intervention = new InterventionId(UUID.randomUUID());
		List<StoredEvaluation> three = List.of(evaluation(intervention), evaluation(intervention),
				evaluation(intervention));

		assertThat(views.views(three, "Insats", Locale.forLanguageTag("sv"))).hasSize(3)
			.allSatisfy(view -> assertThat(view.prevented()).isNotNull());
		verify(costs, times(1)).estimates();
	}

	private static StoredEvaluation evaluation(InterventionId intervention) {
		LocalDate start = LocalDate.of(2018, 1, 1);
		return new StoredEvaluation(UUID.randomUUID(), intervention,
				new StoredEvaluation.Request(new AreaId(UUID.randomUUID()), new AreaId(UUID.randomUUID()), 200,
						List.of("klotter"), start, LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1),
						LocalDate.of(2018, 12, 31)),
				200, 100, 200, 200, 100L, 100L, 0, start, EffectEvaluation.METHOD_VERSION, "test", Instant.now());
	}

}
