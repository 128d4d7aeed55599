package se.trygghet.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All users, stored in PostgreSQL. */
@Repository
class Users {

	private final JdbcClient jdbc;

	private final Clock clock;

	Users(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<User> byUsername(String username) {
		return jdbc.sql("select * from app_user where lower(username) = lower(:u)")
			.param("u", username)
			.query(this::row)
			.optional()
			.map(this::withRelations);
	}

	Optional<User> byId(UserId id) {
		return jdbc.sql("select * from app_user where id = :id")
			.param("id", id.value())
			.query(this::row)
			.optional()
			.map(this::withRelations);
	}

	Optional<User> byExternalId(String externalId) {
		return jdbc.sql("select * from app_user where external_id = :x")
			.param("x", externalId)
			.query(this::row)
			.optional()
			.map(this::withRelations);
	}

	List<User> all() {
		Map<UUID, Set<Role>> roles = new HashMap<>();
		jdbc.sql("select user_id, role from app_user_role").query(rs -> {
			roles.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString(2)));
		});
		Map<UUID, Set<UUID>> committees = new HashMap<>();
		jdbc.sql("select user_id, committee_id from app_user_committee").query(rs -> {
			committees.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
				.add(rs.getObject(2, UUID.class));
		});
		return jdbc.sql("select * from app_user order by display_name, username")
			.query(this::row)
			.list()
			.stream()
			.map(u -> u.with(roles.getOrDefault(u.id, Set.of()), committees.getOrDefault(u.id, Set.of())))
			.toList();
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	boolean anyAdmin() {
		return jdbc.sql("select exists (select 1 from app_user_role where role = 'ADMIN')").query(Boolean.class).single();
	}

	void add(User user) {
		jdbc.sql("""
				insert into app_user (id, username, display_name, email, password_hash, enabled, failed_logins,
				                      locked_until, external_id, created_at, version)
				values (:id, :username, :displayName, :email, :hash, :enabled, 0, null, :external, :now, 0)
				""")
			.param("id", user.id().value())
			.param("username", user.username())
			.param("displayName", user.displayName())
			.param("email", user.email())
			.param("hash", user.passwordHash())
			.param("enabled", user.enabled())
			.param("external", user.externalId())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		writeRelations(user);
	}

	/** Saves changes made through the user's verbs; refuses to overwrite someone else's newer change. */
	void save(User user) {
		int updated = jdbc.sql("""
				update app_user set display_name = :displayName, email = :email, password_hash = :hash,
				       enabled = :enabled, failed_logins = :failed, locked_until = :locked, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", user.id().value())
			.param("displayName", user.displayName())
			.param("email", user.email())
			.param("hash", user.passwordHash())
			.param("enabled", user.enabled())
			.param("failed", user.failedLogins())
			.param("locked", user.lockedUntil() == null ? null : Timestamp.from(user.lockedUntil()))
			.param("version", user.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("User " + user.username() + " was changed by someone else");
		}
		writeRelations(user);
	}

	/** Sign-in bookkeeping must not collide with an admin's edit, so it bypasses the version check. */
	void saveLoginState(User user) {
		jdbc.sql("update app_user set failed_logins = :failed, locked_until = :locked where id = :id")
			.param("id", user.id().value())
			.param("failed", user.failedLogins())
			.param("locked", user.lockedUntil() == null ? null : Timestamp.from(user.lockedUntil()))
			.update();
	}

	private void writeRelations(User user) {
		UUID id = user.id().value();
		jdbc.sql("delete from app_user_role where user_id = :id").param("id", id).update();
		for (Role role : user.roles()) {
			jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		jdbc.sql("delete from app_user_committee where user_id = :id").param("id", id).update();
		for (UUID committee : user.committeeIds()) {
			jdbc.sql("insert into app_user_committee (user_id, committee_id) values (:id, :c)")
				.param("id", id)
				.param("c", committee)
				.update();
		}
	}

	private User withRelations(Row row) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from app_user_role where user_id = :id")
			.param("id", row.id)
			.query(String.class)
			.list()
			.forEach(r -> roles.add(Role.valueOf(r)));
		Set<UUID> committees = new HashSet<>(jdbc.sql("select committee_id from app_user_committee where user_id = :id")
			.param("id", row.id)
			.query(UUID.class)
			.list());
		return row.with(roles, committees);
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Row(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("enabled"),
				rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(), rs.getString("external_id"),
				rs.getInt("version"));
	}

	private record Row(UUID id, String username, String displayName, String email, String hash, boolean enabled,
			int failed, java.time.Instant locked, String external, int version) {

		User with(Set<Role> roles, Set<UUID> committees) {
			return new User(new UserId(id), username, displayName, email, hash, enabled, failed, locked, external,
					roles, committees, version);
		}

	}

}
