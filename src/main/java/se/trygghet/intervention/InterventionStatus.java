package se.trygghet.intervention;

/** Planned → under way → finished, or cancelled before it finished. */
public enum InterventionStatus {

	PLANERAD, PAGAR, AVSLUTAD, AVBRUTEN;

	public boolean mayBecome(InterventionStatus next) {
		return switch (this) {
			case PLANERAD -> next == PAGAR || next == AVBRUTEN;
			case PAGAR -> next == AVSLUTAD || next == AVBRUTEN;
			case AVSLUTAD, AVBRUTEN -> false;
		};
	}

}
