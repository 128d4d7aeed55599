/**
 * The organisations the municipality works with outside its own committees: authorities (the police, Region
 * Västmanland), businesses, civil society and municipal companies. Interventions name them as responsible, forums as
 * members, and partner accounts are bound to one. Committees are not actors: they belong to the plan.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.actor;
