package se.trygghet.plan;

/** The four levels on which the municipality organises the work (inriktande, strategisk, taktisk, operativ). */
public enum OrganisationLevel {

	INRIKTANDE, STRATEGISK, TAKTISK, OPERATIV

}
