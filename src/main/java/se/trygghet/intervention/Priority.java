package se.trygghet.intervention;

/** How urgent a problem is: 1 hög, 2 medel, 3 låg. */
enum Priority {

	HOG, MEDEL, LAG;

	int number() {
		return ordinal() + 1;
	}

}
