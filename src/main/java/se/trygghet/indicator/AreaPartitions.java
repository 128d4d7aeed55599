package se.trygghet.indicator;

import java.util.List;
import java.util.Optional;
import se.trygghet.area.AreaId;

/**
 * Which areas are divided without a gap into the areas directly under them, so that the parts' values add up to the
 * whole's (the kommun into its kommundelar, a kommundel into its stadsdelar). Disclosure control treats only these as
 * sums of areas; a handful of stadsdelar that leave most of their parent uncovered are not one.
 */
interface AreaPartitions {

	/** No area is divided. */
	AreaPartitions NONE = new AreaPartitions() {

		@Override
		public List<List<AreaId>> of(AreaId area) {
			return List.of();
		}

		@Override
		public Optional<AreaId> parent(AreaId area) {
			return Optional.empty();
		}

	};

	/** The ways the area is divided: for each level directly under it whose areas cover it, those areas in order. */
	List<List<AreaId>> of(AreaId area);

	/** The area directly above this one, if any. */
	Optional<AreaId> parent(AreaId area);

}
