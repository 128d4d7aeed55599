/**
 * The knowledge-based cycle: problems taken from the lägesbild or a mapping, their cause analysis (the crime
 * triangle, risk and protective factors, dialogue), interventions tied to the plan's activities, effect evaluations
 * against a control area with a buffer ring (formulas in {@code docs/EVALUATION.md}), and feedback to those concerned.
 * Everything is internal unless marked public.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.intervention;
