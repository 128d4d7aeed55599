package se.trygghet.intervention;

import org.jspecify.annotations.Nullable;
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

	/**
	 * What an account may read of the cycle: staff everything; a partner the records shared with its organisation,
	 * and nothing when its account is bound to none.
	 */
	public record Reach(boolean everything, @Nullable ActorId actor) {

		static final Reach EVERYTHING = new Reach(true, null);

		/** Staff always; a partner an intervention its organisation is responsible for. */
		boolean reads(Intervention intervention) {
			return everything || (actor != null && intervention.actors().contains(actor));
		}

	}

	/** The signed-in account's reach; read it once per page rather than once per record. */
	Reach reach() {
		if (!partners.currentIsPartner()) {
			return Reach.EVERYTHING;
		}
		return new Reach(false, partners.currentActor().map(ActorId::new).orElse(null));
	}

	void requireIntervention(Intervention intervention) {
		if (!reach().reads(intervention)) {
			throw new AccessDeniedException("not shared with this partner");
		}
	}

	void requireProblem(ProblemId problem, Problems problems) {
		Reach reach = reach();
		if (!reach.everything()
				&& (reach.actor() == null || !problems.sharedWith(reach.actor().value()).contains(problem))) {
			throw new AccessDeniedException("not shared with this partner");
		}
	}

}
