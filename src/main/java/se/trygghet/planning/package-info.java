/**
 * Planning the next action plan on evidence: beside each activity of a draft, what the activity it came from was
 * reported as round by round, the interventions that carried it out with their evaluations, and the indicators of its
 * focus area; beside each prioritised problem of the latest joint lägesbild, the draft's activities that address it,
 * and the problems none does (gaps). It reads plan, followup, intervention, indicator and situation through their
 * public types, so it sits above all of them and nothing depends on it.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.planning;
