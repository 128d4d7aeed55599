package se.trygghet.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghet.actor.Actor;
import se.trygghet.actor.ActorCatalog;
import se.trygghet.actor.ActorType;
import se.trygghet.identity.CommitteeDirectory;
import se.trygghet.plan.CommitteeId;

/** Names of the actors and committees that can take part, read from their owners (actor and plan). */
@Component
class Participants {

	private final ActorCatalog actors;

	private final CommitteeDirectory committees;

	Participants(ActorCatalog actors, CommitteeDirectory committees) {
		this.actors = actors;
		this.committees = committees;
	}

	/** A choice in a form: the participant, its name, and whether it is an actor (else a committee). */
	public record Option(String key, String name, boolean actor, boolean demo) {
	}

	/** Actors first, then committees, each by name. */
	List<Option> options() {
		List<Option> options = new ArrayList<>();
		for (Actor actor : actors.all()) {
			options.add(new Option(Participant.of(actor.id()).key(), actor.name(), true, actor.demo()));
		}
		for (CommitteeDirectory.Committee committee : committees.committees()) {
			options.add(new Option(Participant.of(new CommitteeId(committee.id())).key(), committee.name(), false, false));
		}
		return options;
	}

	Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		options().forEach(o -> names.put(o.key(), o.name()));
		return names;
	}

	String name(Participant participant) {
		return names().getOrDefault(participant.key(), participant.key());
	}

	/** The police among the actors (the authority registered as "Polisen"), for a medborgarlöfte's parties. */
	List<Actor> authorities() {
		return actors.all().stream().filter(a -> a.type() == ActorType.MYNDIGHET).toList();
	}

	java.util.Optional<UUID> actorNamed(String name) {
		return actors.byName(name).map(a -> a.id().value());
	}

	java.util.Optional<UUID> committeeNamed(String name) {
		return committees.committees().stream().filter(c -> c.name().equalsIgnoreCase(name)).map(
				CommitteeDirectory.Committee::id).findFirst();
	}

}
