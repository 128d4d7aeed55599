package se.trygghet.followup;

import se.trygghet.CachingOff;

/** The coordinator dashboard, rendered afresh on every request, counts the same as every other channel. */
@CachingOff
class RoundProgressWithoutCachesTests extends RoundProgressTests {

}
