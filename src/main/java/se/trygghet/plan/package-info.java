/**
 * The action plan: focus areas, goals, indicator definitions and numbered activities, the committees responsible for
 * each activity (one of them the lead, who compiles the reporting), the plan's organisation on four levels, plan
 * periods with their adoption, import and export of whole plans, and the history of every change to a plan item.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.plan;
