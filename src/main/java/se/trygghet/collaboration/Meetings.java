package se.trygghet.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** Meetings of a forum: agenda, attendance, decisions and their follow-up. */
@Service
class Meetings {

	/** The most characters of a meeting's place, a decision and who is responsible for it (the forms' maxlength). */
	static final int MAX_PLACE = 200;

	static final int MAX_TOPICS = 50;

	/** The agenda field as typed: every topic at its longest, with its line break. */
	static final int MAX_AGENDA = MAX_TOPICS * (AgendaItem.MAX_TITLE + 2);

	static final int MAX_DECISION = 2000;

	static final int MAX_RESPONSIBLE = 200;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Forums forums;

	private final Participants participants;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	Meetings(JdbcClient jdbc, ApplicationEventPublisher events, Forums forums, Participants participants,
			CurrentUsers currentUsers, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.forums = forums;
		this.participants = participants;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** What a meeting is set up with. */
	public record NewMeeting(ForumId forum, LocalDate heldOn, String place, List<AgendaItem> agenda, Set<Participant> present,
			boolean demo) {

		public NewMeeting {
			if (place.isBlank() || place.strip().length() > MAX_PLACE) {
				throw Refusal.on("place", "collab.meeting.place.invalid");
			}
			if (heldOn.getYear() < 2000 || heldOn.getYear() > 2100) {
				throw Refusal.on("heldOn", "collab.meeting.date.invalid");
			}
			agenda = List.copyOf(agenda);
			present = Set.copyOf(present);
		}

	}

	public record Meeting(MeetingId id, Forums.Forum forum, LocalDate heldOn, String place, boolean demo,
			List<AgendaItem> agenda, List<String> present, List<Decision> decisions) {
	}

	/** A meeting in a list: when, where, how many were present, how many decisions are still open. */
	public record Summary(MeetingId id, ForumId forum, String forumName, LocalDate heldOn, String place, int present,
			int openDecisions, boolean demo) {
	}

	public record Decision(DecisionId id, MeetingId meeting, String text, String responsible, LocalDate dueOn,
			DecisionStatus status, @Nullable String note, int version, boolean overdue) {
	}

	enum DecisionStatus {

		OPEN, DONE

	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	MeetingId record(NewMeeting meeting) {
		return add(meeting);
	}

	/** For demo data, run by the system. */
	@Transactional
	MeetingId add(NewMeeting meeting) {
		Forums.Forum forum = forums.get(meeting.forum());
		MeetingId id = MeetingId.random();
		jdbc.sql("""
				insert into meeting (id, forum_id, held_on, place, demo, created_by)
				values (:id, :forum, :heldOn, :place, :demo, :by)
				""")
			.param("id", id.value()).param("forum", forum.id().value()).param("heldOn", meeting.heldOn())
			.param("place", meeting.place().strip()).param("demo", meeting.demo())
			.param("by", currentUsers.actorName())
			.update();
		int position = 1;
		for (AgendaItem item : meeting.agenda()) {
			jdbc.sql("""
					insert into meeting_agenda_item (meeting_id, position, kind, title, body, source_ref)
					values (:m, :p, :kind, :title, :body, :ref)
					""")
				.param("m", id.value()).param("p", position++).param("kind", item.kind().name())
				.param("title", item.title()).param("body", item.body()).param("ref", item.sourceRef())
				.update();
		}
		try {
			for (Participant present : meeting.present()) {
				jdbc.sql("insert into meeting_attendance (meeting_id, actor_id, committee_id) values (:m, :a, :c)")
					.param("m", id.value()).param("a", present.actorId()).param("c", present.committeeId())
					.update();
			}
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw Refusal.on("present", "collab.participant.invalid");
		}
		events.publishEvent(new CollaborationEvents.MeetingRecorded(id, forum.name(), meeting.heldOn(),
				meeting.present().size(), meeting.demo()));
		return id;
	}

	Meeting get(MeetingId id) {
		record Row(ForumId forum, LocalDate heldOn, String place, boolean demo) {
		}
		Row row = jdbc.sql("select forum_id, held_on, place, demo from meeting where id = :id")
			.param("id", id.value())
			.query((rs, n) -> new Row(new ForumId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getBoolean(4)))
			.optional()
			.orElseThrow(() -> new NotFoundException("meeting " + id));
		List<AgendaItem> agenda = jdbc.sql("""
				select kind, title, body, source_ref from meeting_agenda_item where meeting_id = :id order by position
				""")
			.param("id", id.value())
			.query((rs, n) -> new AgendaItem(AgendaItem.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class)))
			.list();
		Map<String, String> names = participants.names();
		List<String> present = jdbc.sql("select actor_id, committee_id from meeting_attendance where meeting_id = :id")
			.param("id", id.value())
			.query((rs, n) -> Participant.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.map(p -> names.getOrDefault(p.key(), p.key()))
			.sorted(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE")))
			.toList();
		return new Meeting(id, forums.get(row.forum()), row.heldOn(), row.place(), row.demo(), agenda, present,
				decisions("where d.meeting_id = :id", Map.of("id", id.value())));
	}

	List<Summary> forForum(ForumId forum) {
		return summaries("where m.forum_id = :forum", Map.of("forum", forum.value()));
	}

	/** Every decision still open whose due date has passed, across forums, oldest first. */
	List<Decision> overdue() {
		return decisions("where d.status = 'OPEN' and d.due_on < :today", Map.of("today", LocalDate.now(clock)));
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	DecisionId decide(MeetingId meeting, String text, String responsible, LocalDate dueOn) {
		get(meeting);
		if (text.isBlank() || text.strip().length() > MAX_DECISION) {
			throw Refusal.on("text", "collab.decision.text.invalid");
		}
		if (responsible.isBlank() || responsible.strip().length() > MAX_RESPONSIBLE) {
			throw Refusal.on("responsible", "collab.decision.responsible.invalid");
		}
		DecisionId id = DecisionId.random();
		jdbc.sql("""
				insert into meeting_decision (id, meeting_id, position, text, responsible, due_on, status)
				values (:id, :m, (select coalesce(max(position), 0) + 1 from meeting_decision where meeting_id = :m),
				        :text, :responsible, :due, 'OPEN')
				""")
			.param("id", id.value()).param("m", meeting.value()).param("text", text.strip())
			.param("responsible", responsible.strip()).param("due", dueOn)
			.update();
		events.publishEvent(new CollaborationEvents.DecisionChanged(id, meeting, text.strip(), "OPEN", ""));
		return id;
	}

	/**
	 * Follows a decision up: marks it done, or open again, with a note. Done needs a note that says what was done; a
	 * stale version (someone else followed it up meanwhile) is refused.
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void followUp(DecisionId decision, int version, DecisionStatus status, @Nullable String note) {
		Decision current = decisions("where d.id = :id", Map.of("id", decision.value())).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("decision " + decision));
		if (status == DecisionStatus.DONE && (note == null || note.isBlank())) {
			throw Refusal.on("note", "collab.decision.note.required");
		}
		int changed = jdbc.sql("""
				update meeting_decision set status = :status, note = :note, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", decision.value()).param("version", version).param("status", status.name())
			.param("note", Forums.blankToNull(note))
			.update();
		if (changed == 0) {
			throw Refusal.of("collab.conflict");
		}
		events.publishEvent(new CollaborationEvents.DecisionChanged(decision, current.meeting(), current.text(),
				status.name(), note == null ? "" : note.strip()));
	}

	/** The ids of the meetings a decision belongs to, for redirects. */
	MeetingId meetingOf(DecisionId decision) {
		return jdbc.sql("select meeting_id from meeting_decision where id = :id").param("id", decision.value())
			.query((rs, n) -> new MeetingId(rs.getObject(1, UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("decision " + decision));
	}

	private List<Summary> summaries(String where, Map<String, ?> params) {
		return jdbc.sql("""
				select m.id, m.forum_id, f.name, m.held_on, m.place, m.demo,
				       (select count(*) from meeting_attendance a where a.meeting_id = m.id) present,
				       (select count(*) from meeting_decision d where d.meeting_id = m.id and d.status = 'OPEN') open
				  from meeting m join forum f on f.id = m.forum_id
				""" + where + " order by m.held_on desc")
			.params(params)
			.query((rs, n) -> new Summary(new MeetingId(rs.getObject(1, UUID.class)),
					new ForumId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getString(5), rs.getInt("present"), rs.getInt("open"), rs.getBoolean("demo")))
			.list();
	}

	private List<Decision> decisions(String where, Map<String, ?> params) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select d.id, d.meeting_id, d.text, d.responsible, d.due_on, d.status, d.note, d.version
				  from meeting_decision d
				""" + where + " order by d.due_on, d.position")
			.params(params)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				DecisionStatus status = DecisionStatus.valueOf(rs.getString("status"));
				return new Decision(new DecisionId(rs.getObject("id", UUID.class)),
						new MeetingId(rs.getObject("meeting_id", UUID.class)),
						rs.getString("text"), rs.getString("responsible"), due, status, rs.getString("note"),
						rs.getInt("version"), status == DecisionStatus.OPEN && due.isBefore(today));
			})
			.list();
	}

	/** For the participant choices of a new meeting: the forum's members are ticked from the start. */
	Set<String> memberKeys(ForumId forum) {
		Set<String> keys = new LinkedHashSet<>();
		forums.members(forum).forEach(m -> keys.add(m.participant().key()));
		return keys;
	}

	/** The topics typed one per line; a meeting's agenda, not a minutes document, so their number is bounded. */
	static List<AgendaItem> topics(@Nullable String lines) {
		List<AgendaItem> items = new ArrayList<>();
		if (lines != null) {
			for (String line : lines.split("\\R")) {
				if (!line.isBlank()) {
					if (items.size() == MAX_TOPICS) {
						throw Refusal.on("agenda", "collab.meeting.agenda.tooMany", MAX_TOPICS);
					}
					items.add(AgendaItem.topic(line));
				}
			}
		}
		return items;
	}

}
