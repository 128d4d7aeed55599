package se.trygghet.indicator;

import se.trygghet.CachingOff;

/** The indicator pages, API and exports, made afresh on every request, give the same values and withhold the same. */
@CachingOff
class IndicatorPagesWithoutCachesTests extends IndicatorPagesTests {

}
