package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import se.trygghet.PlatformIntegrationTest;

/**
 * A session's row is rewritten only when something but its last-access time changed, or that time moved by more
 * than the precision (60 s here, as shipped); everything else Spring Session writes as it always did.
 */
@PlatformIntegrationTest
class SessionWritesTests {

	@Autowired
	JdbcIndexedSessionRepository repository;

	@Autowired
	JdbcClient jdbc;

	SessionRepository<Session> sessions;

	Instant lastAccess;

	@BeforeEach
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void repositoryAndAnAccessFiveMinutesAgo() {
		// JdbcIndexedSessionRepository's session type is not public; its bridge methods take any Session
		sessions = (SessionRepository) repository;
		lastAccess = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(5));
	}

	Session saved() {
		Session session = sessions.createSession();
		session.setLastAccessedTime(lastAccess);
		session.setAttribute("note", "first");
		sessions.save(session);
		return sessions.findById(session.getId());
	}

	long storedLastAccess(String sessionId) {
		return jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single();
	}

	@Test
	void leavesTheRowAloneWhenOnlyTheAccessTimeMovedWithinAMinute() {
		Session session = saved();
		session.setLastAccessedTime(lastAccess.plusSeconds(59));
		sessions.save(session);
		assertThat(storedLastAccess(session.getId())).isEqualTo(lastAccess.toEpochMilli());
	}

	@Test
	void savesAChangedAttributeWhenTheRowIsLeftAlone() {
		Session session = saved();
		session.setAttribute("note", "second");
		session.setLastAccessedTime(lastAccess.plusSeconds(1));
		sessions.save(session);
		assertThat((String) sessions.findById(session.getId()).getAttribute("note")).isEqualTo("second");
		assertThat(storedLastAccess(session.getId())).isEqualTo(lastAccess.toEpochMilli());
	}

	@Test
	void writesTheAccessTimeOnceItMovedByMoreThanAMinute() {
		Session session = saved();
		session.setLastAccessedTime(lastAccess.plusSeconds(61));
		sessions.save(session);
		assertThat(storedLastAccess(session.getId())).isEqualTo(lastAccess.plusSeconds(61).toEpochMilli());
		assertThat(jdbc.sql("select expiry_time from spring_session where session_id = :id")
			.param("id", session.getId())
			.query(Long.class)
			.single()).isEqualTo(lastAccess.plusSeconds(61).plus(session.getMaxInactiveInterval()).toEpochMilli());
	}

	@Test
	void writesANewSessionIdAtOnceSoAnOldIdNoLongerSignsAnyoneIn() {
		Session session = saved();
		String oldId = session.getId();
		String newId = session.changeSessionId();
		session.setLastAccessedTime(lastAccess.plusSeconds(1));
		sessions.save(session);
		assertThat(sessions.findById(oldId)).isNull();
		assertThat(sessions.findById(newId)).isNotNull();
	}

	@Test
	void writesTheSignedInPersonAtOnceSoTheirSessionsCanBeFound() {
		Session session = saved();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "sessionsignin");
		session.setLastAccessedTime(lastAccess.plusSeconds(1));
		sessions.save(session);
		assertThat(repository.findByPrincipalName("sessionsignin")).containsKey(session.getId());
	}

	@Test
	void writesAChangedTimeoutAndChangedAttributesAtOnce() {
		Session session = saved();
		session.setMaxInactiveInterval(Duration.ofMinutes(20));
		session.setAttribute("note", "second");
		session.setLastAccessedTime(lastAccess.plusSeconds(1));
		sessions.save(session);
		Session read = sessions.findById(session.getId());
		assertThat(read.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(20));
		assertThat((String) read.getAttribute("note")).isEqualTo("second");
	}

}
