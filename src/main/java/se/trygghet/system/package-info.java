/**
 * Technical foundation shared by every module: the embedded PostgreSQL default, time, locale, error pages and
 * {@code application/problem+json} answers. It knows nothing of the domain.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.system;
