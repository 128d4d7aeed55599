package se.trygghet.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued API tokens, found by id or by the SHA-256 hash of the secret a partner presents. */
@Repository
class ApiTokens {

	private static final String COLUMNS = """
			select id, name, organisation, prefix, created_by, created_at, expires_at, last_used_at, revoked_at,
			       revoked_by, revoked_reason from api_token
			""";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(ApiToken token, byte[] hash) {
		jdbc.sql("""
				insert into api_token (id, name, organisation, prefix, token_hash, created_by, created_at, expires_at)
				values (:id, :name, :org, :prefix, :hash, :by, :at, :expires)
				""")
			.param("id", token.id())
			.param("name", token.name())
			.param("org", token.organisation())
			.param("prefix", token.prefix())
			.param("hash", hash)
			.param("by", token.createdBy())
			.param("at", Timestamp.from(token.createdAt()))
			.param("expires", timestamp(token.expiresAt()))
			.update();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("select exists (select 1 from api_token where lower(name) = lower(:n))")
			.param("n", name.strip())
			.query(Boolean.class)
			.single();
	}

	Optional<ApiToken> byId(UUID id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(ApiTokens::map).optional();
	}

	Optional<ApiToken> byHash(byte[] hash) {
		return jdbc.sql(COLUMNS + " where token_hash = :h").param("h", hash).query(ApiTokens::map).optional();
	}

	/** Newest first, revoked ones too: the list is also the history of who had access. */
	List<ApiToken> all() {
		return jdbc.sql(COLUMNS + " order by revoked_at is not null, created_at desc").query(ApiTokens::map).list();
	}

	void saveRevocation(ApiToken token) {
		jdbc.sql("""
				update api_token set revoked_at = :at, revoked_by = :by, revoked_reason = :reason
				 where id = :id and revoked_at is null
				""")
			.param("id", token.id())
			.param("at", timestamp(token.revokedAt()))
			.param("by", token.revokedBy())
			.param("reason", token.revokedReason())
			.update();
	}

	/** Records a use; the condition keeps several nodes from writing it more than about once a minute. */
	void touch(UUID id, Instant at) {
		jdbc.sql("""
				update api_token set last_used_at = :at
				 where id = :id and (last_used_at is null or last_used_at < :before)
				""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("before", Timestamp.from(at.minus(ApiTokenAuthentication.TOUCH_INTERVAL)))
			.update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static ApiToken map(ResultSet rs, int n) throws SQLException {
		return new ApiToken(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getTimestamp(6).toInstant(), instant(rs, 7), instant(rs, 8), instant(rs, 9),
				rs.getString(10), rs.getString(11));
	}

}
