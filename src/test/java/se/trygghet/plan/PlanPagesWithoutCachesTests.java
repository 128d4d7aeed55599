package se.trygghet.plan;

import se.trygghet.CachingOff;

/** The plan overview, rendered afresh on every request, gives the same pages. */
@CachingOff
class PlanPagesWithoutCachesTests extends PlanPagesTests {

}
