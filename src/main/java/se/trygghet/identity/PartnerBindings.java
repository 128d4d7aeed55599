package se.trygghet.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which actor (partner organisation) a partner account speaks for. Modules that share records with partners ask
 * {@link #currentActor()} and show a partner only what is shared with that actor. Kept outside {@link CurrentUser},
 * which travels in every session, so binding a partner anew takes effect at once.
 */
@Component
public class PartnerBindings {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	PartnerBindings(JdbcClient jdbc, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	/** The actor the signed-in partner is bound to; empty for anyone who is not a partner. */
	public Optional<UUID> currentActor() {
		return currentUsers.current().filter(user -> user.has(Role.PARTNER)).flatMap(user -> actorOf(user.id()));
	}

	/** Whether the signed-in person is a partner (and so sees only what is shared with their actor). */
	public boolean currentIsPartner() {
		return currentUsers.current().map(user -> user.has(Role.PARTNER)).orElse(false);
	}

	public Optional<UUID> actorOf(UserId user) {
		return jdbc.sql("select actor_id from partner_binding where user_id = :user")
			.param("user", user.value())
			.query(UUID.class)
			.optional();
	}

	/** The partner accounts of an actor, e.g. to notify them. */
	public List<UserId> partnersOf(UUID actor) {
		return jdbc.sql("select user_id from partner_binding where actor_id = :actor")
			.param("actor", actor)
			.query(UUID.class)
			.list()
			.stream()
			.map(UserId::new)
			.toList();
	}

	void bind(UserId user, @Nullable UUID actor) {
		jdbc.sql("delete from partner_binding where user_id = :user").param("user", user.value()).update();
		if (actor != null) {
			jdbc.sql("insert into partner_binding (user_id, actor_id) values (:user, :actor)")
				.param("user", user.value())
				.param("actor", actor)
				.update();
		}
	}

}
