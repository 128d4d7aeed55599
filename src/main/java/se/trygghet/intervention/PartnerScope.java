package se.trygghet.intervention;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghet.actor.ActorId;
import se.trygghet.identity.PartnerBindings;

/**
 * What a partner account may read of the cycle: an intervention its organisation is responsible for, and the problem
 * that intervention addresses. Another partner's records — and the municipality's internal ones — are refused with
 * 403, the same answer whether or not the record exists.
 */
@Component
class PartnerScope {

	private final PartnerBindings partners;

	PartnerScope(PartnerBindings partners) {
		this.partners = partners;
	}

	/** Empty for staff, who read everything; the partner's actor otherwise (a partner bound to none sees nothing). */
	Optional<Optional<ActorId>> limit() {
		if (!partners.currentIsPartner()) {
			return Optional.empty();
		}
		return Optional.of(partners.currentActor().map(ActorId::new));
	}

	void requireIntervention(Intervention intervention) {
		if (!reads(limit(), intervention)) {
			throw new AccessDeniedException("not shared with this partner");
		}
	}

	/** Whether one read of {@link #limit()} lets the reader see this intervention: staff always, a partner its own. */
	static boolean reads(Optional<Optional<ActorId>> limit, Intervention intervention) {
		return limit.map(actor -> actor.isPresent() && intervention.actors().contains(actor.get())).orElse(true);
	}

	void requireProblem(ProblemId problem, Problems problems) {
		limit().ifPresent(actor -> {
			if (actor.isEmpty() || !problems.sharedWith(actor.get().value()).contains(problem)) {
				throw new AccessDeniedException("not shared with this partner");
			}
		});
	}

}
