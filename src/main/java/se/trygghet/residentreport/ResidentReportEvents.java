package se.trygghet.residentreport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.identity.AuditedEntry;

/** Past-tense events of residents' reports; each is audited, and the status changes are e-mailed to the reporter. */
public final class ResidentReportEvents {

	private ResidentReportEvents() {
	}

	/** An event about one report: the audit log names the report as its subject. */
	interface OnReport extends AuditedEntry {

		ResidentReportId report();

		/** This report's entry with the event's action, summary and details. */
		default Entry entry(String action, String summary, Map<String, Object> details) {
			return new Entry(action, "ResidentReport", report().toString(), summary, details);
		}

	}

	/** A resident reported an unsafe place (anonymous: only the case number is recorded). */
	public record ReportReceived(ResidentReportId report, long number, String category, String source) implements OnReport {

		@Override
		public Entry auditEntry() {
			return entry("residentreport.received", "Invånarrapport " + number + " inkom (" + category + ", " + source
					+ ")", Map.of());
		}

	}

	/** Staff decided what of a report is public; the resident's own text stays as it was. */
	public record ReportModerated(ResidentReportId report, long number, boolean published, boolean photoPublic, boolean redacted)
			implements OnReport {

		@Override
		public Entry auditEntry() {
			return entry("residentreport.moderated", "Invånarrapport " + number
					+ (published ? " publicerad" : " inte publicerad") + (redacted ? " med redigerad text" : ""),
					Map.of("published", published, "photoPublic", photoPublic, "redacted", redacted));
		}

	}

	/** A report moved to another status, with the text the resident and the public see. */
	public record ReportStatusChanged(ResidentReportId report, long number, String from, String to, String publicText,
			@Nullable String reason, @Nullable String referredTo, boolean byResident) implements OnReport {

		@Override
		public Entry auditEntry() {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("from", from);
			details.put("to", to);
			if (reason != null) {
				details.put("reason", reason);
			}
			if (referredTo != null) {
				details.put("referredTo", referredTo);
			}
			return entry(byResident ? "residentreport.reopened" : "residentreport.status.changed",
					"Invånarrapport " + number + ": " + from + " → " + to + (byResident ? " (av invånaren)" : ""),
					details);
		}

	}

	/** An original photo was deleted before its time, on staff's decision. */
	public record OriginalPhotoDeleted(ResidentReportId report, long number) implements OnReport {

		@Override
		public Entry auditEntry() {
			return entry("residentreport.photo.original.deleted",
					"Originalfotot till invånarrapport " + number + " raderades", Map.of());
		}

	}

	/** An admin gave a partner app an Open311 key or took it back. */
	public record Open311KeyChanged(UUID client, String name, boolean revoked) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry(revoked ? "open311.key.revoked" : "open311.key.created", "Open311Client",
					client.toString(), "Open311-nyckel " + (revoked ? "återkallad" : "skapad") + " för " + name,
					Map.of());
		}

	}

}
