package se.trygghet.actor;

import java.util.List;
import org.springframework.stereotype.Component;
import se.trygghet.identity.ActorDirectory;

/** Lets the user administration bind partner accounts to actors without identity depending on this module. */
@Component
class ActorDirectoryAdapter implements ActorDirectory {

	private final ActorCatalog catalog;

	ActorDirectoryAdapter(ActorCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public List<Organisation> organisations() {
		return catalog.all().stream().map(actor -> new Organisation(actor.id().value(), actor.name())).toList();
	}

}
