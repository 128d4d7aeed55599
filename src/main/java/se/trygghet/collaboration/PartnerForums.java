package se.trygghet.collaboration;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghet.identity.PartnerBindings;

/**
 * A partner account reads the forums its organisation is a member of, and their meetings; any other forum is refused
 * with 403. Staff read every forum.
 */
@Component
class PartnerForums {

	private final PartnerBindings partners;

	private final Forums forums;

	PartnerForums(PartnerBindings partners, Forums forums) {
		this.partners = partners;
		this.forums = forums;
	}

	/** Empty for staff; for a partner, the forums it may read (none when it is bound to no actor). */
	Optional<Set<ForumId>> limit() {
		if (!partners.currentIsPartner()) {
			return Optional.empty();
		}
		return Optional.of(partners.currentActor().map(forums::withActorMember).orElse(Set.of()));
	}

	void require(ForumId forum) {
		limit().ifPresent(readable -> {
			if (!readable.contains(forum)) {
				throw new AccessDeniedException("forum not shared with this partner");
			}
		});
	}

}
