package se.trygghet.actor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.system.Refusal;

/** The registry of actors: what other modules read of it, and registration of a new one. */
@Service
public class ActorCatalog {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ActorCatalog(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Every actor, by name in Swedish order. */
	public List<Actor> all() {
		return jdbc.sql("select id, name, type, description, demo from actor order by name").query(ActorCatalog::actor)
			.list();
	}

	public Optional<Actor> byId(ActorId id) {
		return jdbc.sql("select id, name, type, description, demo from actor where id = :id")
			.param("id", id.value())
			.query(ActorCatalog::actor)
			.optional();
	}

	public Optional<Actor> byName(String name) {
		return jdbc.sql("select id, name, type, description, demo from actor where lower(name) = lower(:name)")
			.param("name", name.strip())
			.query(ActorCatalog::actor)
			.optional();
	}

	/** Registers an organisation; a second one with the same name (in any case) is refused. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	public ActorId register(String name, ActorType type, @Nullable String description) {
		return add(name, type, description, false);
	}

	/** For start-up and demo data, run by the system: registers unless an actor of that name exists. */
	@Transactional
	ActorId ensure(String name, ActorType type, @Nullable String description, boolean demo) {
		return byName(name).map(Actor::id).orElseGet(() -> add(name, type, description, demo));
	}

	private ActorId add(String name, ActorType type, @Nullable String description, boolean demo) {
		String cleanDescription = description == null || description.isBlank() ? null : description.strip();
		Actor actor = new Actor(new ActorId(UUID.randomUUID()), name.strip(), type, cleanDescription, demo);
		if (byName(actor.name()).isPresent()) {
			throw Refusal.on("name", "actor.name.taken");
		}
		jdbc.sql("insert into actor (id, name, type, description, demo) values (:id, :name, :type, :description, :demo)")
			.param("id", actor.id().value())
			.param("name", actor.name())
			.param("type", type.name())
			.param("description", cleanDescription)
			.param("demo", demo)
			.update();
		events.publishEvent(new ActorEvents.ActorRegistered(actor.id(), actor.name(), type, demo));
		return actor.id();
	}

	private static Actor actor(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Actor(new ActorId(rs.getObject("id", UUID.class)), rs.getString("name"),
				ActorType.valueOf(rs.getString("type")), rs.getString("description"), rs.getBoolean("demo"));
	}

}
