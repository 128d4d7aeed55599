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
	VIEWER,
	/**
	 * Field staff of the municipality, the police or a housing company who report EST incidents: reads and writes
	 * their own reports only, and no internal page.
	 */
	FIELD_REPORTER;

	/** The roles that read the internal pages (plans, rounds, indicators, areas): every role but field reporters. */
	public static String[] internalReaders() {
		return java.util.Arrays.stream(values()).filter(r -> r != FIELD_REPORTER).map(Role::name).toArray(String[]::new);
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
