/**
 * What crime costs, as the plan's chapter "Kostnader för brott" divides it: unit costs per incident category and cost
 * kind (the crime's consequences, society's response, anticipation of crime), each with its source, price year and
 * an uncertainty range, brought to one price year by a price index the coordinators keep; the estimated yearly cost
 * of recorded incidents per area and category, and the value of incidents an evaluated intervention prevented. Always
 * ranges: exact costs cannot be computed, as the plan says. Low in the graph: {@code situation}, {@code intervention}
 * and {@code followup} show its estimates; the counts come through {@link se.trygghet.cost.RecordedIncidents}, which
 * {@code situation} implements.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.cost;
