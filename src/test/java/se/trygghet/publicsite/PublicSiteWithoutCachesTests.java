package se.trygghet.publicsite;

import se.trygghet.CachingOff;

/** The public site, rendered afresh on every request, gives the same pages and ETags. */
@CachingOff
class PublicSiteWithoutCachesTests extends PublicSiteTests {

}
