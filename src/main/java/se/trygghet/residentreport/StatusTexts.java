package se.trygghet.residentreport;

/** The Swedish names of the statuses, for e-mails (pages use the message bundles). */
final class StatusTexts {

	private StatusTexts() {
	}

	static String sv(ReportStatus status) {
		return switch (status) {
			case INKOMMEN -> "inkommen";
			case MOTTAGEN -> "mottagen";
			case ATGARD_PAGAR -> "åtgärd pågår";
			case ATGARDAD -> "åtgärdad";
			case AVSLUTAD -> "avslutad utan åtgärd";
			case HANVISAD -> "hänvisad";
		};
	}

}
