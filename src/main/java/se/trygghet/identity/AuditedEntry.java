package se.trygghet.identity;

import java.util.Map;
import java.util.Objects;

/**
 * An {@link Audited} event that states its audit entry as one value instead of answering five methods one by one,
 * which in a module with many events was most of their text.
 */
public interface AuditedEntry extends Audited {

	/** What the audit log records of this event. */
	Entry auditEntry();

	@Override
	default String auditAction() {
		return auditEntry().action();
	}

	@Override
	default String auditSubjectType() {
		return auditEntry().subjectType();
	}

	@Override
	default String auditSubjectId() {
		return auditEntry().subjectId();
	}

	@Override
	default String auditSummary() {
		return auditEntry().summary();
	}

	@Override
	default Map<String, Object> auditDetails() {
		return auditEntry().details();
	}

	/**
	 * An audit entry: a stable dotted action (e.g. {@code intervention.problem.recorded}), the kind and id of what
	 * changed, one line a person can read, and structured details (empty when there are none).
	 */
	record Entry(String action, String subjectType, String subjectId, String summary, Map<String, Object> details) {

		public Entry {
			if (action == null || action.isBlank() || subjectType == null || subjectType.isBlank()) {
				throw new IllegalArgumentException("An audit entry needs an action and a subject type");
			}
			Objects.requireNonNull(subjectId, "subjectId");
			Objects.requireNonNull(summary, "summary");
			details = Map.copyOf(Objects.requireNonNull(details, "details"));
		}

	}

}
