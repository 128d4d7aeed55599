package se.trygghet.plan;

import se.trygghet.CachingOff;

/** The plan API, serialised afresh on every request, gives the same answers and ETags. */
@CachingOff
class PlanApiWithoutCachesTests extends PlanApiTests {

}
