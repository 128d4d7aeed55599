package se.trygghet.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit log. Listens synchronously to {@link Audited} events, so the entry is written in the transaction
 * of the change it describes; a rolled-back change leaves no entry.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CurrentUsers currentUsers;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditLog(JdbcClient jdbc, Clock clock, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.currentUsers = currentUsers;
	}

	@EventListener
	void on(Audited event) {
		record(currentUsers.actorName(), event.auditAction(), event.auditSubjectType(), event.auditSubjectId(),
				event.auditSummary(), event.auditDetails());
	}

	/** For the few records that have no domain event, such as sign-ins. */
	public void record(String actor, String action, String subjectType, String subjectId, String summary,
			Map<String, ?> details) {
		jdbc.sql("""
				insert into audit_entry (at, actor, action, subject_type, subject_id, summary, details)
				values (:at, :actor, :action, :type, :id, :summary, cast(:details as jsonb))
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("type", subjectType)
			.param("id", subjectId)
			.param("summary", summary)
			.param("details", details.isEmpty() ? null : json.writeValueAsString(details))
			.update();
	}

}
