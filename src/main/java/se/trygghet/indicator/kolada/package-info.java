/**
 * Reads key figures from Kolada, RKA's open API of Swedish municipal statistics (v3, no key needed; data may be shown
 * with "Källa: Kolada"). {@link se.trygghet.indicator.kolada.KoladaClient} fetches the values of some KPIs for one
 * municipality over a span of years, split by gender, and keeps a value Kolada lacks as missing rather than zero.
 * Internal to the indicator module: other modules read indicators through its root types, never through this package.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.indicator.kolada;
