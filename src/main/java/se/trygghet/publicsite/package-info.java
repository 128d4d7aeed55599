/**
 * The public site for residents (activity 6.4 of the plan): what the plan is, how its activities stand after the
 * latest published follow-up, the indicators with their verdicts after disclosure control, and what is known about
 * each area. No login, the same page for everyone, rendered once per data version. It sits on top: it reads other
 * modules' public catalogs, and nothing depends on it.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.publicsite;
