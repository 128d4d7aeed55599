package se.trygghet.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person as other modules see them: enough to decide what they may do and to name them in history.
 * Serializable because it travels in the session, which is stored in PostgreSQL. Committee ids are plain UUIDs because committees belong to the plan module, which sits above this one.
 */
public record CurrentUser(UserId id, String username, String displayName, Set<Role> roles, Set<UUID> committeeIds)
		implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
		committeeIds = Set.copyOf(committeeIds);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role role : candidates) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	public boolean reportsFor(UUID committeeId) {
		return has(Role.COMMITTEE_REPORTER) && committeeIds.contains(committeeId);
	}

}
