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
	FIELD_REPORTER,
	/**
	 * A person at a partner organisation (the police, the region, a housing company, an association), bound to one
	 * actor: sees only the forums, problems and interventions shared with that actor, and no other internal page.
	 */
	PARTNER;

	/**
	 * The roles that read the internal pages (plans, rounds, indicators, areas): every role but field reporters and
	 * partners, who see only what is theirs or shared with them.
	 */
	public static String[] internalReaders() {
		return java.util.Arrays.stream(values()).filter(Role::readsInternalPages).map(Role::name).toArray(String[]::new);
	}

	public boolean readsInternalPages() {
		return this != FIELD_REPORTER && this != PARTNER;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
