package se.trygghet.identity;

import java.util.Map;

/**
 * A past-tense domain event that changes something worth auditing. Modules publish such events and the audit log
 * records them in the same transaction, so a change and its audit entry stand or fall together. An event states its
 * entry by implementing {@link AuditedEntry} (the one form, guarded by {@code OneWayPerConcernTests}); this interface
 * is what the audit log reads.
 */
public interface Audited {

	/** A stable, dotted action name such as {@code plan.activity.revised}. */
	String auditAction();

	/** What kind of thing changed, e.g. {@code Activity}. */
	String auditSubjectType();

	/** Which one, as text. */
	String auditSubjectId();

	/** One line a person can read in the log. */
	String auditSummary();

	/** Optional before/after values and other structured details. */
	default Map<String, Object> auditDetails() {
		return Map.of();
	}

}
