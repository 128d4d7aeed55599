package se.trygghet.identity;

/** The roles of the platform. Anonymous residents have none. */
public enum Role {

	/** Manages users and the platform itself. */
	ADMIN,
	/** Stadsledningskontoret: manages plans and the follow-up. */
	COORDINATOR,
	/** A committee official who reports for the committees the user is bound to. */
	COMMITTEE_REPORTER,
	/** Lägesbild work, police partners included. */
	ANALYST,
	/** Council members and partners: reads every internal page. */
	VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

}
