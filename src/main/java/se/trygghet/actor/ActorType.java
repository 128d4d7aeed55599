package se.trygghet.actor;

/** The four kinds of organisation the plan's focus area 6 counts separately. */
public enum ActorType {

	/** Authorities: the police, the region, the county board, the prosecution authority. */
	MYNDIGHET,
	/** Businesses and their associations. */
	NARINGSLIV,
	/** Associations, faith communities, sports clubs, volunteer groups. */
	CIVILSAMHALLE,
	/** The municipality's own companies (housing, energy) and services that are not committees. */
	KOMMUNAL

}
