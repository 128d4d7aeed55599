/**
 * Collaboration (focus area 6): the forums the plan names — Värna Västerås, Trygghetsrådet, EST, PLG Social hållbarhet
 * — with their members (actors and committees), meetings (agenda, attendance, decisions and their follow-up), yearly
 * satisfaction surveys answered anonymously through a link, and medborgarlöften with their half-yearly follow-ups and
 * the samverkansöverenskommelse they build on. It feeds the focus-area-6 indicators through indicator's
 * {@code PlatformIndicatorSource}, and gives the public site only published promises ({@link
 * se.trygghet.collaboration.PublishedPromises}).
 *
 * <p>Problems and interventions belong to the intervention module: a promise links them, picked by title from
 * that module's {@code InterventionCatalog}, by id with the title as it stood when linked. A meeting agenda has item
 * kinds and a source reference so that module's prioritised problems can be added as items later.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.collaboration;
