package se.trygghet.identity;

import java.util.List;
import java.util.UUID;

/**
 * The organisations a partner account can be bound to. Implemented by the actor module, which owns them; identity
 * only needs their ids and names for the user administration page.
 */
public interface ActorDirectory {

	List<Organisation> organisations();

	record Organisation(UUID id, String name) {
	}

}
