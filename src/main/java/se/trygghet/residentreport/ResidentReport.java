package se.trygghet.residentreport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * A report as case handling sees it, and the rules of moving it on: a status change needs a public update text,
 * closing without action needs a reason, a referral says to whom, and only allowed moves are made.
 */
record ResidentReport(ResidentReportId id, long number, ReportStatus status, @Nullable UUID committee, boolean published,
		int version) {

	static final int MAX_TEXT = 2_000;

	/** What a move changes; refused (a Refusal naming every problem at once) when the move is not allowed. */
	public record Move(ReportStatus from, ReportStatus to, String publicText, @Nullable String reason,
			@Nullable String referredTo) {
	}

	Move moveTo(@Nullable ReportStatus next, @Nullable String publicText, @Nullable String reason,
			@Nullable String referredTo) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (next == null || !status.mayMoveTo(next)) {
			problems.put("status", "resident.case.status.notAllowed");
		}
		if (publicText == null || publicText.isBlank()) {
			problems.put("publicText", "resident.case.publicText.missing");
		}
		else if (publicText.length() > MAX_TEXT) {
			problems.put("publicText", "resident.case.text.tooLong");
		}
		if (next == ReportStatus.AVSLUTAD && (reason == null || reason.isBlank())) {
			problems.put("reason", "resident.case.reason.missing");
		}
		if (next == ReportStatus.HANVISAD && (referredTo == null || referredTo.isBlank())) {
			problems.put("referredTo", "resident.case.referredTo.missing");
		}
		if ((reason != null && reason.length() > MAX_TEXT) || (referredTo != null && referredTo.length() > 200)) {
			problems.put(reason != null && reason.length() > MAX_TEXT ? "reason" : "referredTo",
					"resident.case.text.tooLong");
		}
		if (!problems.isEmpty()) {
			throw Refusal.onFields(problems);
		}
		return new Move(status, next, publicText.strip(),
				next == ReportStatus.AVSLUTAD ? reason.strip() : null,
				next == ReportStatus.HANVISAD ? referredTo.strip() : null);
	}

	/** The resident's "no, it is not fixed": only a report marked fixed can be sent back, and it goes to the committee. */
	Move reopenByResident() {
		if (status != ReportStatus.ATGARDAD) {
			throw Refusal.on("status", "resident.case.reopen.notFixed");
		}
		return new Move(status, ReportStatus.MOTTAGEN,
				"Den som rapporterade meddelar att problemet inte är åtgärdat. Ärendet är öppnat igen.", null, null);
	}

}
