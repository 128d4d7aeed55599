package se.trygghet.indicator;

import java.util.EnumSet;
import java.util.Set;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;

/**
 * Whose values a caller sees: staff who read everything internal (administrators, coordinators, analysts, viewers)
 * see values as stored; committee reporters and anonymous callers see what the public sees.
 */
final class Audiences {

	static final Set<Role> INTERNAL_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER);

	private Audiences() {
	}

	/** Whether the caller may see values as stored. */
	static boolean mayReadInternal(CurrentUsers users) {
		return users.current().map(Audiences::internal).orElse(false);
	}

	/** The audience a signed-in page shows: internal for staff who may read it, public otherwise. */
	static Audience forPage(CurrentUsers users) {
		return mayReadInternal(users) ? Audience.INTERNAL : Audience.PUBLIC;
	}

	private static boolean internal(CurrentUser user) {
		return user.roles().stream().anyMatch(INTERNAL_READERS::contains);
	}

}
