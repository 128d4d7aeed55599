package se.trygghet.followup;

import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;

/**
 * Who may read and write which report. A reporter works only on their own committees' reports and contributions; the
 * lead committee also reads the contributions it compiles; coordinators and admins read everything and review;
 * analysts and viewers read. Enforced in the service, so a hidden button is never the only guard.
 */
final class ReportAccess {

	private ReportAccess() {
	}

	static boolean mayWrite(CurrentUser user, Report report) {
		return user.reportsFor(report.committee().value());
	}

	/** @param leadReport the activity report of the same activity, which the lead committee owns */
	static boolean mayRead(CurrentUser user, Report report, Report leadReport) {
		if (user.hasAny(Role.COORDINATOR, Role.ADMIN, Role.ANALYST, Role.VIEWER)) {
			return true;
		}
		return mayWrite(user, report) || mayWrite(user, leadReport);
	}

}
