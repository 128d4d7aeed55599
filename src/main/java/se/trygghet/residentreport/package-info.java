/**
 * Residents' reports of unsafe places (dark paths, overgrown bushes, littering, graffiti, unsafe tunnels): reported
 * without an account on a map, moderated before anything is public, routed to the responsible committee, moved
 * through honest outcome statuses with a public update each time, followed by the resident through a private link,
 * counted for the plan's indicator and offered to partner apps as Open311 GeoReport v2.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.residentreport;
