package se.trygghet.residentreport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.identity.Audited;

/** Past-tense events of residents' reports; each is audited, and the status changes are e-mailed to the reporter. */
public final class ResidentReportEvents {

	private ResidentReportEvents() {
	}

	/** An event about one report: the audit log names the report as its subject. */
	interface OnReport extends Audited {

		UUID report();

		@Override
		default String auditSubjectType() {
			return "ResidentReport";
		}

		@Override
		default String auditSubjectId() {
			return report().toString();
		}

	}

	/** A resident reported an unsafe place (anonymous: only the case number is recorded). */
	public record ReportReceived(UUID report, long number, String category, String source) implements OnReport {

		@Override
		public String auditAction() {
			return "residentreport.received";
		}

		@Override
		public String auditSummary() {
			return "Invånarrapport " + number + " inkom (" + category + ", " + source + ")";
		}

	}

	/** Staff decided what of a report is public; the resident's own text stays as it was. */
	public record ReportModerated(UUID report, long number, boolean published, boolean photoPublic, boolean redacted)
			implements OnReport {

		@Override
		public String auditAction() {
			return "residentreport.moderated";
		}

		@Override
		public String auditSummary() {
			return "Invånarrapport " + number + (published ? " publicerad" : " inte publicerad")
					+ (redacted ? " med redigerad text" : "");
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("published", published, "photoPublic", photoPublic, "redacted", redacted);
		}

	}

	/** A report moved to another status, with the text the resident and the public see. */
	public record ReportStatusChanged(UUID report, long number, String from, String to, String publicText,
			@Nullable String reason, @Nullable String referredTo, boolean byResident) implements OnReport {

		@Override
		public String auditAction() {
			return byResident ? "residentreport.reopened" : "residentreport.status.changed";
		}

		@Override
		public String auditSummary() {
			return "Invånarrapport " + number + ": " + from + " → " + to + (byResident ? " (av invånaren)" : "");
		}

		@Override
		public Map<String, Object> auditDetails() {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("from", from);
			details.put("to", to);
			if (reason != null) {
				details.put("reason", reason);
			}
			if (referredTo != null) {
				details.put("referredTo", referredTo);
			}
			return details;
		}

	}

	/** An original photo was deleted before its time, on staff's decision. */
	public record OriginalPhotoDeleted(UUID report, long number) implements OnReport {

		@Override
		public String auditAction() {
			return "residentreport.photo.original.deleted";
		}

		@Override
		public String auditSummary() {
			return "Originalfotot till invånarrapport " + number + " raderades";
		}

	}

	/** An admin gave a partner app an Open311 key or took it back. */
	public record Open311KeyChanged(UUID client, String name, boolean revoked) implements Audited {

		@Override
		public String auditAction() {
			return revoked ? "open311.key.revoked" : "open311.key.created";
		}

		@Override
		public String auditSubjectType() {
			return "Open311Client";
		}

		@Override
		public String auditSubjectId() {
			return client.toString();
		}

		@Override
		public String auditSummary() {
			return "Open311-nyckel " + (revoked ? "återkallad" : "skapad") + " för " + name;
		}

	}

}
