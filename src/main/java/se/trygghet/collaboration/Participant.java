package se.trygghet.collaboration;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.actor.ActorId;
import se.trygghet.plan.CommitteeId;
import se.trygghet.system.Refusal;

/**
 * Who takes part in a forum or a meeting: an actor (an organisation outside the committees) or one of the plan's
 * committees, exactly one of them. Forms carry it as {@code actor:<id>} or {@code committee:<id>}.
 */
record Participant(@Nullable ActorId actor, @Nullable CommitteeId committee) {

	Participant {
		if ((actor == null) == (committee == null)) {
			throw new IllegalArgumentException("A participant is an actor or a committee");
		}
	}

	static Participant of(ActorId actor) {
		return new Participant(actor, null);
	}

	static Participant of(CommitteeId committee) {
		return new Participant(null, committee);
	}

	static Participant of(@Nullable UUID actor, @Nullable UUID committee) {
		return new Participant(actor == null ? null : new ActorId(actor),
				committee == null ? null : new CommitteeId(committee));
	}

	/** Reads the form value; a tampered value is refused as the form's field. */
	static Participant parse(@Nullable String value, String field) {
		try {
			if (value != null && value.startsWith("actor:")) {
				return of(ActorId.of(value.substring(6)));
			}
			if (value != null && value.startsWith("committee:")) {
				return of(new CommitteeId(UUID.fromString(value.substring(10))));
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the refusal
		}
		throw Refusal.on(field, "collab.participant.invalid");
	}

	public boolean isActor() {
		return actor != null;
	}

	public @Nullable UUID actorId() {
		return actor == null ? null : actor.value();
	}

	public @Nullable UUID committeeId() {
		return committee == null ? null : committee.value();
	}

	/** The form value. */
	public String key() {
		return actor != null ? "actor:" + actor : "committee:" + committee;
	}

}
