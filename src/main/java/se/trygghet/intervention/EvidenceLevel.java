package se.trygghet.intervention;

/** How well the method is known to work, on Brå's scale. */
enum EvidenceLevel {

	STARKT, VISST, LOVANDE, OTILLRACKLIGT, OKANT

}
