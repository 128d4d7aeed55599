package se.trygghet.plan;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * A municipality's action plan for one period. It is drafted, adopted by a decision of the responsible body, and
 * archived when a new plan takes over. An archived plan is history and cannot be edited; an adopted one can, and every
 * change to it is kept.
 */
final class ActionPlan {

	private final ActionPlanId id;

	private final String key;

	private final String name;

	private PlanState state;

	private @Nullable String adoptedBy;

	private @Nullable String adoptionDecision;

	private @Nullable LocalDate adoptedOn;

	private final int version;

	ActionPlan(ActionPlanId id, String key, String name, PlanState state, @Nullable String adoptedBy,
			@Nullable String adoptionDecision, @Nullable LocalDate adoptedOn, int version) {
		this.id = Objects.requireNonNull(id);
		this.key = key;
		this.name = name;
		this.state = state;
		this.adoptedBy = adoptedBy;
		this.adoptionDecision = adoptionDecision;
		this.adoptedOn = adoptedOn;
		this.version = version;
	}

	void adopt(String body, String decision, LocalDate date) {
		if (state != PlanState.DRAFT) {
			throw Refusal.of("plan.state.adopt.notDraft");
		}
		if (body == null || body.isBlank() || decision == null || decision.isBlank() || date == null) {
			throw new IllegalArgumentException("An adoption needs the deciding body, the decision and its date");
		}
		this.state = PlanState.ADOPTED;
		this.adoptedBy = body.strip();
		this.adoptionDecision = decision.strip();
		this.adoptedOn = date;
	}

	void archive() {
		if (state != PlanState.ADOPTED) {
			throw Refusal.of("plan.state.archive.notAdopted");
		}
		this.state = PlanState.ARCHIVED;
	}

	void requireEditable() {
		if (state == PlanState.ARCHIVED) {
			throw Refusal.of("plan.state.archived");
		}
	}

	ActionPlanId id() {
		return id;
	}

	String key() {
		return key;
	}

	String name() {
		return name;
	}

	PlanState state() {
		return state;
	}

	@Nullable String adoptedBy() {
		return adoptedBy;
	}

	@Nullable String adoptionDecision() {
		return adoptionDecision;
	}

	@Nullable LocalDate adoptedOn() {
		return adoptedOn;
	}

	int version() {
		return version;
	}

}
