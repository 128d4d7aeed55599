/**
 * The consultation (remiss) of a draft action plan: the coordinator sends a draft plan to the committees named on its
 * activities with a deadline; each committee comments on the activities it is named on (lead or co-responsible) and
 * may comment on the whole, and marks its answer submitted; reminders go to the committees that have not answered;
 * the coordinator reads every comment per activity and per committee, replies to each, and closes the consultation.
 * It sits above {@code plan}: it reads the draft through {@code PlanCatalog}, writes its steps into the plan's history
 * through {@code PlanJournal}, and offers its link to the plan's pages through {@code PlanLinks}.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.consultation;
