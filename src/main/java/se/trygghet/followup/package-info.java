/**
 * The yearly follow-up of the plan: reporting rounds, the report of each activity owned by its lead committee, the
 * contributions of co-responsible committees, and the review by Stadsledningskontoret.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.followup;
