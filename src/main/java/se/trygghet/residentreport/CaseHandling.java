package se.trygghet.residentreport;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.PersonalData;
import se.trygghet.system.Refusal;

/**
 * Staff's work on residents' reports: moderation before anything is public (the resident's own text is kept
 * internally), status changes with a public update each, and deleting an original photo. Coordinators and admins
 * handle every case; a committee's reporters the cases routed to their committee. Stale versions are refused, never
 * overwritten.
 */
@Service
class CaseHandling {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseHandling(JdbcClient jdbc, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	Optional<ResidentReport> byId(ResidentReportId id) {
		return jdbc.sql("""
				select id, number, status, committee_id, published, version from resident_report where id = :id
				""").param("id", id.value()).query((rs, n) -> new ResidentReport(new ResidentReportId(rs.getObject(1, UUID.class)), rs.getLong(2),
				ReportStatus.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getBoolean(5), rs.getInt(6)))
			.optional();
	}

	/** The case, if the signed-in person may handle it; 404 when it does not exist, 403 when it is not theirs. */
	ResidentReport accessible(ResidentReportId id) {
		ResidentReport report = byId(id).orElseThrow(() -> new NotFoundException("No resident report " + id));
		CurrentUser me = currentUsers.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!mayHandle(me, report.committee())) {
			throw new AccessDeniedException("Not this committee's case");
		}
		return report;
	}

	static boolean mayHandle(CurrentUser me, @Nullable UUID committee) {
		return me.hasAny(Role.ADMIN, Role.COORDINATOR)
				|| (me.has(Role.COMMITTEE_REPORTER) && committee != null && me.reportsFor(committee));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'COMMITTEE_REPORTER')")
	@Transactional
	void moderate(ResidentReportId id, @Nullable String publicText, boolean publish, boolean photoPublic, int version) {
		ResidentReport report = accessible(id);
		String text = publicText == null ? "" : publicText.strip();
		if (publish && text.isBlank()) {
			throw Refusal.on("publicText", "resident.case.publicText.missing");
		}
		if (text.length() > ResidentReport.MAX_TEXT) {
			throw Refusal.on("publicText", "resident.case.text.tooLong");
		}
		PersonalData.findIn(text).ifPresent(kind -> {
			throw Refusal.on("publicText", "resident.description." + kind.key());
		});
		int changed = jdbc.sql("""
				update resident_report set public_description = :text, published = :publish, updated_at = :at,
				       version = version + 1
				 where id = :id and version = :v
				""")
			.param("text", text.isBlank() ? null : text)
			.param("publish", publish)
			.param("at", Timestamp.from(clock.instant()))
			.param("id", id.value())
			.param("v", version)
			.update();
		if (changed != 1) {
			throw Refusal.on("version", "concurrent.change");
		}
		jdbc.sql("update resident_report_photo set public = :p where report_id = :id")
			.param("p", publish && photoPublic)
			.param("id", id.value())
			.update();
		boolean redacted = !text.equals(jdbc.sql("select description from resident_report where id = :id")
			.param("id", id.value()).query(String.class).single());
		events.publishEvent(new ResidentReportEvents.ReportModerated(id, report.number(), publish,
				publish && photoPublic, redacted));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'COMMITTEE_REPORTER')")
	@Transactional
	void changeStatus(ResidentReportId id, @Nullable ReportStatus next, @Nullable String publicText, @Nullable String reason,
			@Nullable String referredTo, int version) {
		ResidentReport report = accessible(id);
		if (report.version() != version) {
			throw Refusal.on("version", "concurrent.change");
		}
		apply(report, report.moveTo(next, publicText, reason, referredTo), currentUsers.actorName(), false);
	}

	/** The resident's "Nej, det är inte åtgärdat" from the private link; the token is the only right needed. */
	@Transactional
	void reopenByResident(String token) {
		ResidentReportId id = jdbc.sql("select id from resident_report where token = :t")
			.param("t", token)
			.query(UUID.class)
			.optional()
			.map(ResidentReportId::new)
			.orElseThrow(() -> new NotFoundException("No such report"));
		ResidentReport report = byId(id).orElseThrow();
		apply(report, report.reopenByResident(), "invånare", true);
	}

	private void apply(ResidentReport report, ResidentReport.Move move, String by, boolean byResident) {
		Timestamp now = Timestamp.from(clock.instant());
		int changed = jdbc.sql("""
				update resident_report
				   set status = cast(:to as text), status_reason = :reason, referred_to = :referred, updated_at = :at,
				       received_at = case when :to in ('MOTTAGEN', 'ATGARD_PAGAR', 'ATGARDAD') then coalesce(received_at, cast(:at as timestamptz))
				                          else received_at end,
				       fixed_at = case when :to = 'ATGARDAD' then cast(:at as timestamptz) when :to = 'MOTTAGEN' then null else fixed_at end,
				       closed_at = case when :to in ('ATGARDAD', 'AVSLUTAD', 'HANVISAD') then cast(:at as timestamptz) else null end,
				       fixed_check_sent_at = case when :to = 'ATGARDAD' then null else fixed_check_sent_at end,
				       version = version + 1
				 where id = :id and version = :v
				""")
			.param("to", move.to().name())
			.param("reason", move.reason())
			.param("referred", move.referredTo())
			.param("at", now)
			.param("id", report.id().value())
			.param("v", report.version())
			.update();
		if (changed != 1) {
			throw Refusal.on("version", "concurrent.change");
		}
		jdbc.sql("""
				insert into resident_report_update (report_id, status, public_text, created_at, created_by)
				values (:id, :status, :text, :at, :by)
				""")
			.param("id", report.id().value())
			.param("status", move.to().name())
			.param("text", move.publicText())
			.param("at", now)
			.param("by", by)
			.update();
		events.publishEvent(new ResidentReportEvents.ReportStatusChanged(report.id(), report.number(),
				move.from().name(), move.to().name(), move.publicText(), move.reason(), move.referredTo(), byResident));
	}

	/**
	 * Marks an open report as the same problem as an earlier one: it is closed with that as the reason, counted once
	 * by the indicator, and its reporter and followers follow the original from now on.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'COMMITTEE_REPORTER')")
	@Transactional
	void markDuplicate(ResidentReportId id, @Nullable Long ofNumber, int version) {
		ResidentReport report = accessible(id);
		if (report.version() != version) {
			throw Refusal.on("version", "concurrent.change");
		}
		UUID original = ofNumber == null ? null : jdbc.sql("""
				select id from resident_report where number = :n and duplicate_of is null and id <> :id
				""").param("n", ofNumber).param("id", id.value()).query(UUID.class).optional().orElse(null);
		if (original == null || !report.status().isOpen()) {
			throw Refusal.on("duplicateOf", "resident.case.duplicate.invalid");
		}
		String text = "Samma problem som ärende " + ofNumber + ", som hanteras där.";
		apply(report, report.moveTo(ReportStatus.AVSLUTAD, text, "Dubblett av ärende " + ofNumber, null),
				currentUsers.actorName(), false);
		jdbc.sql("update resident_report set duplicate_of = :o where id = :id").param("o", original).param("id", id.value())
			.update();
		jdbc.sql("""
				insert into resident_report_follower (report_id, email, created_at)
				select :o, email, cast(:at as timestamptz) from resident_report where id = :id
				union all
				select :o, email, cast(:at as timestamptz) from resident_report_follower where report_id = :id
				""")
			.param("o", original)
			.param("id", id.value())
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'COMMITTEE_REPORTER')")
	@Transactional
	void deleteOriginalPhoto(ResidentReportId id) {
		ResidentReport report = accessible(id);
		int changed = jdbc.sql("update resident_report_photo set original = null where report_id = :id and original is not null")
			.param("id", id.value())
			.update();
		if (changed == 1) {
			events.publishEvent(new ResidentReportEvents.OriginalPhotoDeleted(id, report.number()));
		}
	}

}
