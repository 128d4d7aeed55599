package se.trygghet.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;

/** Consultations with their committees, activities and comments, read and written whole or by the step that changed. */
@Repository
class Consultations {

	private final JdbcClient jdbc;

	Consultations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Consultation consultation) {
		jdbc.sql("""
				insert into consultation (id, plan_id, plan_name, deadline, sent_at, sent_by)
				values (:id, :plan, :name, :deadline, :at, :by)
				""")
			.param("id", consultation.id().value())
			.param("plan", consultation.plan().value())
			.param("name", consultation.planName())
			.param("deadline", consultation.deadline())
			.param("at", Timestamp.from(consultation.sentAt()))
			.param("by", consultation.sentBy())
			.update();
		for (Consultation.Committee committee : consultation.committees()) {
			jdbc.sql("""
					insert into consultation_committee (consultation_id, committee_id, name, short_name)
					values (:c, :committee, :name, :short)
					""")
				.param("c", consultation.id().value())
				.param("committee", committee.id().value())
				.param("name", committee.name())
				.param("short", committee.shortName())
				.update();
		}
		int position = 0;
		for (Consultation.Activity activity : consultation.activities()) {
			jdbc.sql("""
					insert into consultation_activity (consultation_id, activity_id, position, number, text, lead_id)
					values (:c, :a, :p, :number, :text, :lead)
					""")
				.param("c", consultation.id().value())
				.param("a", activity.id().value())
				.param("p", position++)
				.param("number", activity.number().toString())
				.param("text", activity.text())
				.param("lead", activity.lead().value())
				.update();
			for (CommitteeId committee : activity.committees()) {
				jdbc.sql("""
						insert into consultation_activity_committee (consultation_id, activity_id, committee_id)
						values (:c, :a, :committee)
						""")
					.param("c", consultation.id().value())
					.param("a", activity.id().value())
					.param("committee", committee.value())
					.update();
			}
		}
	}

	Optional<Consultation> byId(ConsultationId id) {
		return load(id, false);
	}

	/** The consultation locked until the transaction ends, so that two changes to it follow one another. */
	Optional<Consultation> forChange(ConsultationId id) {
		return load(id, true);
	}

	Optional<ConsultationId> openOf(ActionPlanId plan) {
		return jdbc.sql("select id from consultation where plan_id = :p and closed_at is null")
			.param("p", plan.value())
			.query((rs, n) -> new ConsultationId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** Every consultation's id, newest first; those of one plan when a plan is given. */
	List<ConsultationId> ids(@Nullable ActionPlanId plan) {
		return jdbc.sql("select id from consultation where (cast(:p as uuid) is null or plan_id = :p) "
				+ "order by sent_at desc, id")
			.param("p", plan == null ? null : plan.value())
			.query((rs, n) -> new ConsultationId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** A consultation's state in brief, for links that need no more. */
	public record Brief(ConsultationId id, java.time.LocalDate deadline, boolean closed) {

		boolean takesComments(java.time.LocalDate today) {
			return !closed && !today.isAfter(deadline);
		}

	}

	/** The plan's consultations in brief, newest first: one small query, as the plan's overview asks on every view. */
	List<Brief> briefs(ActionPlanId plan) {
		return jdbc.sql("select id, deadline, closed_at is not null from consultation where plan_id = :p "
				+ "order by sent_at desc, id")
			.param("p", plan.value())
			.query((rs, n) -> new Brief(new ConsultationId(rs.getObject(1, UUID.class)), rs.getDate(2).toLocalDate(),
					rs.getBoolean(3)))
			.list();
	}

	void saveComment(ConsultationId consultation, Consultation.Comment comment) {
		jdbc.sql("""
				insert into consultation_comment (id, consultation_id, committee_id, activity_id, position, text,
				                                  written_at, written_by, reply, draft_changed, replied_at, replied_by)
				values (:id, :c, :committee, :activity, :position, :text, :at, :by, :reply, :changed, :repliedAt,
				        :repliedBy)
				on conflict (id) do update set position = excluded.position, text = excluded.text,
				    written_at = excluded.written_at, written_by = excluded.written_by, reply = excluded.reply,
				    draft_changed = excluded.draft_changed, replied_at = excluded.replied_at,
				    replied_by = excluded.replied_by
				""")
			.param("id", comment.id().value())
			.param("c", consultation.value())
			.param("committee", comment.committee().value())
			.param("activity", comment.activity() == null ? null : comment.activity().value())
			.param("position", comment.position() == null ? null : comment.position().name())
			.param("text", comment.text())
			.param("at", Timestamp.from(comment.writtenAt()))
			.param("by", comment.writtenBy())
			.param("reply", comment.reply())
			.param("changed", comment.draftChanged())
			.param("repliedAt", comment.repliedAt() == null ? null : Timestamp.from(comment.repliedAt()))
			.param("repliedBy", comment.repliedBy())
			.update();
	}

	void saveSubmission(ConsultationId consultation, Consultation.Committee committee) {
		jdbc.sql("""
				update consultation_committee set submitted_at = :at, submitted_by = :by
				 where consultation_id = :c and committee_id = :committee
				""")
			.param("at", committee.submittedAt() == null ? null : Timestamp.from(committee.submittedAt()))
			.param("by", committee.submittedBy())
			.param("c", consultation.value())
			.param("committee", committee.id().value())
			.update();
	}

	void saveClosing(Consultation consultation) {
		jdbc.sql("update consultation set closed_at = :at, closed_by = :by where id = :id")
			.param("at", consultation.closedAt() == null ? null : Timestamp.from(consultation.closedAt()))
			.param("by", consultation.closedBy())
			.param("id", consultation.id().value())
			.update();
	}

	private Optional<Consultation> load(ConsultationId id, boolean lock) {
		record Head(ActionPlanId plan, String name, java.time.LocalDate deadline, Instant sentAt, String sentBy,
				@Nullable Instant closedAt, @Nullable String closedBy) {
		}
		Optional<Head> head = jdbc
			.sql("select plan_id, plan_name, deadline, sent_at, sent_by, closed_at, closed_by from consultation "
					+ "where id = :id" + (lock ? " for update" : ""))
			.param("id", id.value())
			.query((rs, n) -> new Head(new ActionPlanId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getDate(3).toLocalDate(), rs.getTimestamp(4).toInstant(), rs.getString(5), instant(rs, 6),
					rs.getString(7)))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		List<Consultation.Committee> committees = jdbc.sql("""
				select committee_id, name, short_name, submitted_at, submitted_by from consultation_committee
				 where consultation_id = :id order by name
				""")
			.param("id", id.value())
			.query((rs, n) -> new Consultation.Committee(new CommitteeId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3), instant(rs, 4), rs.getString(5)))
			.list();
		Map<UUID, List<CommitteeId>> named = new LinkedHashMap<>();
		jdbc.sql("""
				select ac.activity_id, ac.committee_id from consultation_activity_committee ac
				  join consultation_committee c on c.consultation_id = ac.consultation_id
				   and c.committee_id = ac.committee_id
				 where ac.consultation_id = :id order by c.name
				""").param("id", id.value()).query(rs -> {
			named.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new CommitteeId(rs.getObject(2, UUID.class)));
		});
		List<Consultation.Activity> activities = jdbc.sql("""
				select activity_id, number, text, lead_id from consultation_activity
				 where consultation_id = :id order by position
				""")
			.param("id", id.value())
			.query((rs, n) -> new Consultation.Activity(new ActivityId(rs.getObject(1, UUID.class)),
					ActivityNumber.parse(rs.getString(2)), rs.getString(3), new CommitteeId(rs.getObject(4, UUID.class)),
					named.getOrDefault(rs.getObject(1, UUID.class), List.of())))
			.list();
		List<Consultation.Comment> comments = jdbc.sql("""
				select id, committee_id, activity_id, position, text, written_at, written_by, reply, draft_changed,
				       replied_at, replied_by
				  from consultation_comment where consultation_id = :id order by written_at, id
				""")
			.param("id", id.value())
			.query((rs, n) -> new Consultation.Comment(new CommentId(rs.getObject(1, UUID.class)),
					new CommitteeId(rs.getObject(2, UUID.class)),
					rs.getObject(3) == null ? null : new ActivityId(rs.getObject(3, UUID.class)),
					rs.getString(4) == null ? null : Position.valueOf(rs.getString(4)), rs.getString(5),
					rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
					rs.getObject(9) == null ? null : rs.getBoolean(9), instant(rs, 10), rs.getString(11)))
			.list();
		Head h = head.get();
		return Optional.of(new Consultation(id, h.plan(), h.name(), h.deadline(), h.sentAt(), h.sentBy(), h.closedAt(),
				h.closedBy(), committees, activities, comments));
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
