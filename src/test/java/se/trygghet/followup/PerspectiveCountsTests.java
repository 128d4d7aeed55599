package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerspectiveCountsTests {

	@Test
	void countsAnUnansweredChildrenConsultedAsNotStatedNeverAsNo() {
		PerspectiveCounts counts = PerspectiveCounts.of(List.of(
				new Perspectives("Barnen tillfrågades.", Perspectives.ChildrenConsulted.JA, null, null, Set.of()),
				new Perspectives("Barnkonsekvensanalys gjord.", null, null, null, Set.of()),
				new Perspectives(null, Perspectives.ChildrenConsulted.NEJ, null, null, Set.of()), Perspectives.NONE));
		assertThat(counts.reports()).isEqualTo(4);
		assertThat(counts.consulted(Perspectives.ChildrenConsulted.JA)).isEqualTo(1);
		assertThat(counts.consulted(Perspectives.ChildrenConsulted.NEJ)).isEqualTo(1);
		assertThat(counts.consulted(Perspectives.ChildrenConsulted.EJ_RELEVANT)).isZero();
		assertThat(counts.consultedNotStated()).isEqualTo(2);
		assertThat(counts.childRights()).isEqualTo(2);
	}

	@Test
	void countsAGroupingOnlyWhereTheTextSpeaksToIt() {
		PerspectiveCounts counts = PerspectiveCounts.of(List.of(
				new Perspectives(null, null, null, "Seniorer deltog.", Set.of(Perspectives.Grouping.ALDER)),
				// a tick without a text (a draft) says nothing yet
				new Perspectives(null, null, null, null, Set.of(Perspectives.Grouping.ALDER,
						Perspectives.Grouping.ETNISK_BAKGRUND))));
		assertThat(counts.grouping(Perspectives.Grouping.ALDER)).isEqualTo(1);
		assertThat(counts.grouping(Perspectives.Grouping.ETNISK_BAKGRUND)).isZero();
	}

	@Test
	void keepsBlankTextsAsMissingAndTheGroupingsInOneOrder() {
		Perspectives p = new Perspectives("  ", null, "\n", null,
				Set.of(Perspectives.Grouping.ETNISK_BAKGRUND, Perspectives.Grouping.FUNKTIONSNEDSATTNING));
		assertThat(p.childRights()).isNull();
		assertThat(p.genderEquality()).isNull();
		assertThat(p.groupings()).containsExactly(Perspectives.Grouping.FUNKTIONSNEDSATTNING,
				Perspectives.Grouping.ETNISK_BAKGRUND);
	}

}
