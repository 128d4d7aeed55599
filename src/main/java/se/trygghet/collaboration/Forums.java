package se.trygghet.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * The forums and their members: read by every internal reader, changed by coordinators. A membership runs from the
 * day it was recorded (or, for the plan's own forums, the day the plan says) until it is ended; an ended membership
 * is kept, so that past years' count of actors taking part stays as it was.
 */
@Service
class Forums {

	static final int MAX_NAME = 200;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Participants participants;

	private final Clock clock;

	Forums(JdbcClient jdbc, ApplicationEventPublisher events, Participants participants, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.participants = participants;
		this.clock = clock;
	}

	public record Forum(ForumId id, String name, @Nullable String description, @Nullable Integer meetingsPerYear, boolean demo,
			int version) {
	}

	/** A current member, a member since the day given. */
	public record Member(ForumMemberId id, Participant participant, String name, ForumRole role, LocalDate since) {
	}

	/** Every forum by name, with how many members and meetings it has and when it last met. */
	public record Summary(Forum forum, int members, int meetings, java.time.@Nullable LocalDate lastMeeting) {
	}

	List<Summary> all() {
		return jdbc.sql("""
				select f.*,
				       (select count(*) from forum_member m where m.forum_id = f.id and m.member_until is null) members,
				       (select count(*) from meeting m where m.forum_id = f.id) meetings,
				       (select max(held_on) from meeting m where m.forum_id = f.id) last_meeting
				  from forum f order by f.name
				""")
			.query((rs, n) -> new Summary(forum(rs), rs.getInt("members"), rs.getInt("meetings"),
					rs.getObject("last_meeting", java.time.LocalDate.class)))
			.list();
	}

	/** The forums an actor is a member of: what a partner account at that organisation may read. */
	java.util.Set<ForumId> withActorMember(UUID actor) {
		return new java.util.HashSet<>(jdbc
			.sql("select forum_id from forum_member where actor_id = :a and member_until is null")
			.param("a", actor)
			.query((rs, n) -> new ForumId(rs.getObject(1, UUID.class)))
			.list());
	}

	Forum get(ForumId id) {
		return jdbc.sql("select * from forum where id = :id").param("id", id.value()).query((rs, n) -> forum(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("forum " + id));
	}

	Optional<Forum> byName(String name) {
		return jdbc.sql("select * from forum where lower(name) = lower(:name)").param("name", name.strip())
			.query((rs, n) -> forum(rs)).optional();
	}

	List<Member> members(ForumId forum) {
		Map<String, String> names = participants.names();
		return jdbc.sql("""
				select id, actor_id, committee_id, role, member_since from forum_member
				 where forum_id = :f and member_until is null
				""")
			.param("f", forum.value())
			.query((rs, n) -> {
				Participant p = Participant.of(rs.getObject("actor_id", UUID.class), rs.getObject("committee_id", UUID.class));
				return new Member(new ForumMemberId(rs.getObject("id", UUID.class)), p,
						names.getOrDefault(p.key(), p.key()), ForumRole.valueOf(rs.getString("role")),
						rs.getObject("member_since", LocalDate.class));
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Member::role)
				.thenComparing(Member::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"))))
			.toList();
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	ForumId create(String name, @Nullable String description, @Nullable Integer meetingsPerYear) {
		return add(name, description, meetingsPerYear, false);
	}

	/** For start-up (the plan's forums) and demo data, run by the system. */
	@Transactional
	ForumId ensure(String name, String description, @Nullable Integer meetingsPerYear, boolean demo) {
		return byName(name).map(Forum::id).orElseGet(() -> add(name, description, meetingsPerYear, demo));
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void edit(ForumId id, int version, String name, @Nullable String description, @Nullable Integer meetingsPerYear) {
		Forum forum = get(id);
		String clean = checkName(name);
		checkMeetings(meetingsPerYear);
		byName(clean).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw Refusal.on("name", "collab.forum.name.taken");
		});
		int changed = jdbc.sql("""
				update forum set name = :name, description = :description, meetings_per_year = :meetings,
				       version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", id.value()).param("version", version).param("name", clean)
			.param("description", blankToNull(description)).param("meetings", meetingsPerYear)
			.update();
		if (changed == 0) {
			throw Refusal.of("collab.conflict");
		}
		events.publishEvent(new CollaborationEvents.ForumSaved(id, clean, false, forum.demo()));
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void addMember(ForumId forumId, Participant participant, ForumRole role) {
		ensureMember(forumId, participant, role, LocalDate.now(clock));
	}

	/** For start-up and demo data: adds the member from the day given unless it is one already. */
	@Transactional
	void ensureMember(ForumId forumId, Participant participant, ForumRole role, LocalDate since) {
		Forum forum = get(forumId);
		boolean present = jdbc.sql("""
				select exists (select 1 from forum_member where forum_id = :f and member_until is null
				                  and (actor_id = :a or committee_id = :c))
				""")
			.param("f", forumId.value()).param("a", participant.actorId()).param("c", participant.committeeId())
			.query(Boolean.class).single();
		if (present) {
			throw Refusal.on("participant", "collab.member.present");
		}
		try {
			jdbc.sql("""
					insert into forum_member (id, forum_id, actor_id, committee_id, role, member_since)
					values (:id, :f, :a, :c, :role, :since)
					""")
				.param("id", ForumMemberId.random().value()).param("f", forumId.value())
				.param("a", participant.actorId()).param("c", participant.committeeId()).param("role", role.name())
				.param("since", since)
				.update();
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// an id that names no actor or committee (a tampered form) is refused, not an error page
			throw Refusal.on("participant", "collab.participant.invalid");
		}
		events.publishEvent(new CollaborationEvents.ForumMembershipChanged(forumId, forum.name(),
				participants.name(participant), role.name(), true));
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void removeMember(ForumId forumId, ForumMemberId memberId) {
		Forum forum = get(forumId);
		Member member = members(forumId).stream().filter(m -> m.id().equals(memberId)).findFirst()
			.orElseThrow(() -> new NotFoundException("forum member " + memberId));
		LocalDate today = LocalDate.now(clock);
		if (member.since().isBefore(today)) {
			jdbc.sql("update forum_member set member_until = :today where id = :id")
				.param("id", memberId.value()).param("today", today).update();
		}
		else {
			// recorded and removed the same day: a mistake put right, which leaves no membership behind
			jdbc.sql("delete from forum_member where id = :id").param("id", memberId.value()).update();
		}
		events.publishEvent(new CollaborationEvents.ForumMembershipChanged(forumId, forum.name(), member.name(),
				member.role().name(), false));
	}

	private ForumId add(String name, @Nullable String description, @Nullable Integer meetingsPerYear, boolean demo) {
		String clean = checkName(name);
		checkMeetings(meetingsPerYear);
		if (byName(clean).isPresent()) {
			throw Refusal.on("name", "collab.forum.name.taken");
		}
		ForumId id = ForumId.random();
		try {
			jdbc.sql("""
					insert into forum (id, name, description, meetings_per_year, demo)
					values (:id, :name, :description, :meetings, :demo)
					""")
				.param("id", id.value()).param("name", clean).param("description", blankToNull(description))
				.param("meetings", meetingsPerYear).param("demo", demo)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw Refusal.on("name", "collab.forum.name.taken");
		}
		events.publishEvent(new CollaborationEvents.ForumSaved(id, clean, true, demo));
		return id;
	}

	private static String checkName(@Nullable String name) {
		if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
			throw Refusal.on("name", "collab.forum.name.invalid");
		}
		return name.strip();
	}

	private static void checkMeetings(@Nullable Integer meetingsPerYear) {
		if (meetingsPerYear != null && (meetingsPerYear < 1 || meetingsPerYear > 52)) {
			throw Refusal.on("meetingsPerYear", "collab.forum.meetings.invalid");
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Forum forum(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Forum(new ForumId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("description"),
				rs.getObject("meetings_per_year", Integer.class), rs.getBoolean("demo"), rs.getInt("version"));
	}

}
