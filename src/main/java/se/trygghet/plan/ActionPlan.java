package se.trygghet.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * A municipality's action plan for one period. It is drafted (the next plan usually from the current one, see
 * {@link Succession}), adopted by a decision of the responsible body, and archived when a new plan takes over. A draft
 * can be edited freely. An adopted plan is a decision: it changes only inside an open {@link Amendment}, which is
 * closed by a new decision (body, reference, date); every change, in a draft or an amendment, is kept in the plan's
 * history. An archived plan is history and cannot be edited.
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

	private @Nullable Amendment amendment;

	private int amendments;

	/**
	 * An amendment of an adopted plan: numbered per plan, opened with a reason, closed by a decision. Only the open one
	 * is held by the plan; closed ones are history.
	 */
	public record Amendment(UUID id, int number, String reason, @Nullable String decidedBy, @Nullable String decision,
			@Nullable LocalDate decidedOn) {

		boolean closed() {
			return decision != null;
		}

	}

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

	ActionPlan(ActionPlanId id, String key, String name, PlanState state, @Nullable String adoptedBy,
			@Nullable String adoptionDecision, @Nullable LocalDate adoptedOn, int version,
			@Nullable Amendment openAmendment, int amendments) {
		this(id, key, name, state, adoptedBy, adoptionDecision, adoptedOn, version);
		this.amendment = openAmendment;
		this.amendments = amendments;
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
		if (amendment != null) {
			throw Refusal.of("plan.state.archive.amending", amendment.number());
		}
		this.state = PlanState.ARCHIVED;
	}

	/** Whether a change may be made now: always in a draft, in an adopted plan only inside an open amendment. */
	void requireEditable() {
		if (state == PlanState.ARCHIVED) {
			throw Refusal.of("plan.state.archived");
		}
		if (state == PlanState.ADOPTED && amendment == null) {
			throw Refusal.of("plan.state.adopted.needsAmendment");
		}
	}

	/** Opens an amendment of the adopted plan, so that it may be changed until the amendment is decided. */
	Amendment openAmendment(String reason) {
		if (state != PlanState.ADOPTED) {
			throw Refusal.of("plan.amendment.notAdopted");
		}
		if (amendment != null) {
			throw Refusal.of("plan.amendment.alreadyOpen", amendment.number());
		}
		if (reason == null || reason.isBlank()) {
			throw Refusal.on("reason", "plan.amendment.reason.required");
		}
		this.amendments++;
		this.amendment = new Amendment(UUID.randomUUID(), amendments, reason.strip(), null, null, null);
		return amendment;
	}

	/** Closes the open amendment with the decision that adopted its changes; the plan is again as decided. */
	Amendment closeAmendment(String body, String decision, LocalDate date) {
		if (amendment == null) {
			throw Refusal.of("plan.amendment.noneOpen");
		}
		if (body == null || body.isBlank() || decision == null || decision.isBlank() || date == null) {
			throw new IllegalArgumentException("An amendment is closed by a body, a decision and its date");
		}
		Amendment closed = new Amendment(amendment.id(), amendment.number(), amendment.reason(), body.strip(),
				decision.strip(), date);
		this.amendment = null;
		return closed;
	}

	@Nullable Amendment openAmendment() {
		return amendment;
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
