package se.trygghet.collaboration;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Satisfaction surveys per forum and year, answered anonymously through a link. The link's token names the survey and
 * nothing else; an answer row holds only the two scores.
 */
@Service
class Surveys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Forums forums;

	Surveys(JdbcClient jdbc, ApplicationEventPublisher events, Forums forums) {
		this.jdbc = jdbc;
		this.events = events;
		this.forums = forums;
	}

	enum State {

		DRAFT, OPEN, CLOSED

	}

	/** The two questions, asked on a 1–5 scale. */
	enum Question {

		PROCESS, RESULT

	}

	public record Survey(SurveyId id, ForumId forum, String forumName, int year, String token, State state, boolean demo,
			int version) {

		/** The state a survey may move to from here: a draft opens, an open one closes, a closed one may reopen. */
		public State next() {
			return state == State.OPEN ? State.CLOSED : State.OPEN;
		}

	}

	public record Results(Survey survey, Satisfaction process, Satisfaction result) {

		public long n() {
			return process.n();
		}

	}

	List<Survey> forForum(ForumId forum) {
		return jdbc.sql(SELECT + " where s.forum_id = :f order by s.year desc").param("f", forum.value())
			.query((rs, n) -> survey(rs)).list();
	}

	Survey get(SurveyId id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id.value()).query((rs, n) -> survey(rs)).optional()
			.orElseThrow(() -> new NotFoundException("survey " + id));
	}

	Optional<Survey> byToken(String token) {
		return jdbc.sql(SELECT + " where s.token = :t").param("t", token).query((rs, n) -> survey(rs)).optional();
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	SurveyId create(ForumId forum, int year) {
		return add(forum, year, false);
	}

	/** For demo data, run by the system. */
	@Transactional
	SurveyId add(ForumId forumId, int year, boolean demo) {
		Forums.Forum forum = forums.get(forumId);
		if (year < 2000 || year > 2100) {
			throw Refusal.on("year", "collab.survey.year.invalid");
		}
		SurveyId id = SurveyId.random();
		try {
			jdbc.sql("""
					insert into survey (id, forum_id, year, token, state, demo)
					values (:id, :forum, :year, :token, 'DRAFT', :demo)
					""")
				.param("id", id.value()).param("forum", forumId.value()).param("year", year).param("token", newToken())
				.param("demo", demo)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw Refusal.on("year", "collab.survey.year.taken");
		}
		events.publishEvent(new CollaborationEvents.SurveyChanged(id, forum.name(), year, State.DRAFT.name()));
		return id;
	}

	/** Opens a draft or a closed survey, or closes an open one; a stale version is refused. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void move(SurveyId id, int version, State to) {
		Survey survey = get(id);
		if (to == State.DRAFT || survey.next() != to) {
			throw Refusal.of("collab.survey.state.illegal");
		}
		int changed = jdbc.sql("update survey set state = :to, version = version + 1 where id = :id and version = :v")
			.param("to", to.name()).param("id", id.value()).param("v", version)
			.update();
		if (changed == 0) {
			throw Refusal.of("collab.conflict");
		}
		events.publishEvent(new CollaborationEvents.SurveyChanged(id, survey.forumName(), survey.year(), to.name()));
	}

	/**
	 * Stores one anonymous answer. Refused unless the survey is open; nothing about who answered is stored, and the
	 * answer is not audited (an audit entry would give it a time).
	 */
	@Transactional
	void answer(String token, int process, int result) {
		Survey survey = byToken(token).orElseThrow(() -> new NotFoundException("survey"));
		if (survey.state() != State.OPEN) {
			throw Refusal.of("collab.survey.closed");
		}
		if (process < 1 || process > 5) {
			throw Refusal.on("process", "collab.survey.score.required");
		}
		if (result < 1 || result > 5) {
			throw Refusal.on("result", "collab.survey.score.required");
		}
		jdbc.sql("insert into survey_answer (id, survey_id, process, result) values (:id, :s, :p, :r)")
			.param("id", UUID.randomUUID()).param("s", survey.id().value()).param("p", process).param("r", result)
			.update();
	}

	Results results(SurveyId id) {
		Survey survey = get(id);
		long[][] counts = counts("where survey_id = :id", id.value());
		return new Results(survey, new Satisfaction(counts[0]), new Satisfaction(counts[1]));
	}

	/** Every answer to every forum's survey of the year, pooled: what the satisfaction indicators measure. */
	Satisfaction pooled(int year, Question question) {
		long[][] counts = counts("join survey s on s.id = a.survey_id where s.year = :id", year);
		return new Satisfaction(counts[question.ordinal()]);
	}

	private long[][] counts(String where, Object param) {
		long[][] counts = new long[2][5];
		jdbc.sql("select 'p', a.process, count(*) from survey_answer a " + where + " group by a.process "
				+ "union all select 'r', a.result, count(*) from survey_answer a " + where + " group by a.result")
			.param("id", param)
			.query(rs -> {
				counts["p".equals(rs.getString(1)) ? 0 : 1][rs.getInt(2) - 1] = rs.getLong(3);
			});
		return counts;
	}

	private static String newToken() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static final String SELECT = """
			select s.id, s.forum_id, f.name, s.year, s.token, s.state, s.demo, s.version
			  from survey s join forum f on f.id = s.forum_id
			""";

	private static Survey survey(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Survey(new SurveyId(rs.getObject(1, UUID.class)), new ForumId(rs.getObject(2, UUID.class)),
				rs.getString(3), rs.getInt(4), rs.getString(5), State.valueOf(rs.getString(6)), rs.getBoolean(7),
				rs.getInt(8));
	}

}
