package se.trygghet.identity;

import java.util.UUID;

/**
 * A partner system signed in with an API token, as other modules see it: which token (so a module can show a partner
 * only what the same token sent), its name, and the organisation it reports for.
 */
public record ApiClient(UUID tokenId, String name, String organisation) {

	/** The authority every token carries: it may send incidents and read back its own. */
	public static final String INCIDENTS_WRITE = "SCOPE_incidents:write";

	/** The actor name written to history for changes a token makes. */
	public String actorName() {
		return "api:" + name;
	}

}
