package se.trygghet.area;

import java.util.Map;
import se.trygghet.identity.AuditedEntry;

/** Past-tense events of the area module. Each is audited; modules that place things in areas may react to them. */
public final class AreaEvents {

	private AreaEvents() {
	}

	/** Areas of a municipality were created or given new boundaries, from a file or on first start. */
	public record AreasImported(String municipality, String source, int created, int updated, boolean demo)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("area.imported", "Area", municipality,
					"Områden importerade för kommun " + municipality + ": " + created + " nya, " + updated
							+ " uppdaterade" + (demo ? " (demodata)" : ""),
					Map.of("source", source, "created", created, "updated", updated, "demo", demo));
		}

	}

	/**
	 * The address register was replaced from a file: how many addresses and named places it holds now. The file's
	 * rows are not in the audit entry; the register itself is what they became.
	 */
	public record AddressesImported(String municipality, String source, int addresses, int places, boolean demo)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("area.addresses.imported", "AddressRegister", municipality,
					"Adressregistret ersatt för kommun " + municipality + ": " + addresses + " adresser, " + places
							+ " platser" + (demo ? " (demodata)" : ""),
					Map.of("source", source, "addresses", addresses, "places", places, "demo", demo));
		}

	}

}
