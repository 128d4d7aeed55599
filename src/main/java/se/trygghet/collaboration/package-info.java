/**
 * Collaboration (focus area 6): the forums the plan names — Värna Västerås, Trygghetsrådet, EST, PLG Social hållbarhet
 * — with their members (actors and committees), meetings (agenda, attendance, decisions and their follow-up), yearly
 * satisfaction surveys answered anonymously through a link, and medborgarlöften with their half-yearly follow-ups and
 * the samverkansöverenskommelse they build on. It feeds the focus-area-6 indicators through indicator's
 * {@code PlatformIndicatorSource}, and gives the public site only published promises ({@link
 * se.trygghet.collaboration.PublishedPromises}).
 *
 * <p>Problems and interventions belong to the intervention module, which is built beside this one: a promise links
 * them by id with the title as it stood when linked, and a meeting agenda has item kinds and a source reference so
 * that module's prioritised problems can be added as items once it can be read.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.collaboration;
