package se.trygghet.residentreport;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report stands. The outcomes are kept apart on purpose: fixed, closed without action (with a reason) and
 * referred elsewhere (saying to whom), so nobody is told "fixed" when it was not. Open311 knows only open and closed.
 */
enum ReportStatus {

	INKOMMEN, MOTTAGEN, ATGARD_PAGAR, ATGARDAD, AVSLUTAD, HANVISAD;

	static final Set<ReportStatus> OPEN = EnumSet.of(INKOMMEN, MOTTAGEN, ATGARD_PAGAR);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** Open311's two statuses. */
	String open311() {
		return isOpen() ? "open" : "closed";
	}

	public String messageCode() {
		return "resident.status." + name();
	}

	/**
	 * The moves staff may make. A closed case can be taken up again (to mottagen), which is also where a resident's
	 * "it is not fixed" sends it, back with the committee.
	 */
	public boolean mayMoveTo(ReportStatus next) {
		if (next == this) {
			return false;
		}
		return switch (this) {
			case INKOMMEN -> next != INKOMMEN;
			case MOTTAGEN -> next != INKOMMEN;
			case ATGARD_PAGAR -> next != INKOMMEN && next != MOTTAGEN;
			case ATGARDAD, AVSLUTAD, HANVISAD -> next == MOTTAGEN;
		};
	}

}
