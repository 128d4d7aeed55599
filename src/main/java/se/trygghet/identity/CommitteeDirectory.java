package se.trygghet.identity;

import java.util.List;
import java.util.UUID;

/**
 * The committees a reporter can be bound to. Implemented by the plan module, which owns committees; identity only
 * needs their ids and names for the user administration page.
 */
public interface CommitteeDirectory {

	List<Committee> committees();

	record Committee(UUID id, String name) {
	}

}
