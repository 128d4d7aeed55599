/**
 * Incident intake: incidents reported from the field form, imported from files, sent by partner systems with an API
 * token, and Polisen's public events; every entry path checked alike ({@link se.trygghet.incident.IncidentReporting}),
 * stored in table {@code incident}, whose write log ({@code incident_write}, filled by triggers) tells every node's
 * projection in {@code situation} what was written. The analysis of incidents (situation pictures, hot spots, the
 * joint lägesbild) is {@code situation}'s, which depends on this module and never the other way round.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.incident;
