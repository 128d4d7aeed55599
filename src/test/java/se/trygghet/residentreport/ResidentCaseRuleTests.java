package se.trygghet.residentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.system.Refusal;

/** The rules of moving a case on, and what a resident may not write. Pure Java. */
class ResidentCaseRuleTests {

	static ResidentReport at(ReportStatus status) {
		return new ResidentReport(ResidentReportId.random(), 7, status, null, true, 0);
	}

	@Test
	void refusesClosingWithoutActionWithoutAReason() {
		assertThatThrownBy(() -> at(ReportStatus.MOTTAGEN).moveTo(ReportStatus.AVSLUTAD, "Vi gör inget.", " ", null))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.fieldCodes()).containsEntry("reason", "resident.case.reason.missing"));
	}

	@Test
	void refusesAReferralThatDoesNotSayToWhom() {
		assertThatThrownBy(() -> at(ReportStatus.INKOMMEN).moveTo(ReportStatus.HANVISAD, "Hänvisat.", null, ""))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.fieldCodes()).containsEntry("referredTo", "resident.case.referredTo.missing"));
	}

	@Test
	void refusesAStatusChangeWithoutAPublicUpdate() {
		assertThatThrownBy(() -> at(ReportStatus.INKOMMEN).moveTo(ReportStatus.MOTTAGEN, "", null, null))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.fieldCodes()).containsKey("publicText"));
	}

	@Test
	void letsAClosedCaseOnlyBeTakenUpAgain() {
		assertThat(ReportStatus.ATGARDAD.mayMoveTo(ReportStatus.ATGARD_PAGAR)).isFalse();
		assertThat(ReportStatus.AVSLUTAD.mayMoveTo(ReportStatus.MOTTAGEN)).isTrue();
		assertThat(ReportStatus.ATGARD_PAGAR.mayMoveTo(ReportStatus.INKOMMEN)).isFalse();
		assertThat(at(ReportStatus.HANVISAD).moveTo(ReportStatus.MOTTAGEN, "Tas upp igen", null, null).to())
			.isEqualTo(ReportStatus.MOTTAGEN);
	}

	@Test
	void keepsOnlyTheReasonThatBelongsToTheNewStatus() {
		ResidentReport.Move move = at(ReportStatus.MOTTAGEN).moveTo(ReportStatus.HANVISAD, "Till polisen.",
				"ignoreras", "Polisen");
		assertThat(move.reason()).isNull();
		assertThat(move.referredTo()).isEqualTo("Polisen");
	}

	@Test
	void letsTheResidentReopenOnlyAFixedCase() {
		assertThat(at(ReportStatus.ATGARDAD).reopenByResident().to()).isEqualTo(ReportStatus.MOTTAGEN);
		assertThatThrownBy(() -> at(ReportStatus.AVSLUTAD).reopenByResident())
			.isInstanceOf(Refusal.class);
	}

	@Test
	void speaksOpen311sTwoStatuses() {
		assertThat(ReportStatus.ATGARD_PAGAR.open311()).isEqualTo("open");
		assertThat(ReportStatus.HANVISAD.open311()).isEqualTo("closed");
	}

}
