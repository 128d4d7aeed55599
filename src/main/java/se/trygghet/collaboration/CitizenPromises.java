package se.trygghet.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.actor.ActorCatalog;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Medborgarlöften: the municipality's and the police's yearly promise to an area, built on their
 * samverkansöverenskommelse, followed up every six months. Problems and interventions are linked by id with a title
 * snapshot, since they belong to the intervention module.
 */
@Service
class CitizenPromises {

	/** A promise is followed up every six months; after that long without a follow-up it is due. */
	static final int FOLLOW_UP_MONTHS = 6;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ActorCatalog actors;

	private final AreaCatalog areas;

	private final Clock clock;

	CitizenPromises(JdbcClient jdbc, ApplicationEventPublisher events, ActorCatalog actors, AreaCatalog areas,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.actors = actors;
		this.areas = areas;
		this.clock = clock;
	}

	enum Status {

		ON_TRACK, DELAYED, DONE

	}

	enum LinkKind {

		PROBLEM, INTERVENTION

	}

	public record Agreement(AgreementId id, String title, String parties, LocalDate validFrom, LocalDate validTo,
			@Nullable String reference, boolean demo) {
	}

	public record NewPromise(int year, String municipalityParty, ActorId police, @Nullable AreaId area, String text,
			@Nullable AgreementId agreement, boolean demo) {

		public NewPromise {
			if (year < 2000 || year > 2100) {
				throw Refusal.on("year", "collab.promise.year.invalid");
			}
			if (municipalityParty.isBlank()) {
				throw Refusal.on("municipalityParty", "collab.promise.party.required");
			}
			if (text.isBlank() || text.strip().length() > 4000) {
				throw Refusal.on("text", "collab.promise.text.invalid");
			}
		}

	}

	public record Link(LinkKind kind, UUID ref, String title) {
	}

	public record FollowUp(UUID id, LocalDate followedOn, Status status, String text, boolean published) {
	}

	public record Promise(CitizenPromiseId id, int year, String municipalityParty, ActorId police, String policeName,
			@Nullable AreaId area, @Nullable String areaName, String text, @Nullable Agreement agreement,
			boolean published, boolean demo, int version, LocalDate createdOn, List<Link> links,
			List<FollowUp> followUps) {

		/** The day the next follow-up is due: six months after the last one, or after the promise was made. */
		public @Nullable LocalDate nextFollowUp() {
			if (followUps.stream().anyMatch(f -> f.status() == Status.DONE)) {
				return null;
			}
			LocalDate last = followUps.stream().map(FollowUp::followedOn).max(LocalDate::compareTo).orElse(createdOn);
			return last.plusMonths(FOLLOW_UP_MONTHS);
		}

		public boolean followUpDue(LocalDate today) {
			LocalDate next = nextFollowUp();
			return next != null && !next.isAfter(today);
		}

		public @Nullable Status latestStatus() {
			return followUps.isEmpty() ? null : followUps.get(followUps.size() - 1).status();
		}

	}

	List<Agreement> agreements() {
		return jdbc.sql("select * from collaboration_agreement order by valid_from desc, title")
			.query((rs, n) -> agreement(rs)).list();
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	AgreementId recordAgreement(String title, String parties, LocalDate validFrom, LocalDate validTo,
			@Nullable String reference) {
		return addAgreement(title, parties, validFrom, validTo, reference, false);
	}

	@Transactional
	AgreementId addAgreement(String title, String parties, LocalDate validFrom, LocalDate validTo,
			@Nullable String reference, boolean demo) {
		if (title.isBlank() || title.strip().length() > 300) {
			throw Refusal.on("title", "collab.agreement.title.invalid");
		}
		if (parties.isBlank() || parties.strip().length() > 300) {
			throw Refusal.on("parties", "collab.agreement.parties.invalid");
		}
		if (validTo.isBefore(validFrom)) {
			throw Refusal.on("validTo", "collab.agreement.period.invalid");
		}
		AgreementId id = AgreementId.random();
		jdbc.sql("""
				insert into collaboration_agreement (id, title, parties, valid_from, valid_to, reference, demo)
				values (:id, :title, :parties, :from, :to, :reference, :demo)
				""")
			.param("id", id.value()).param("title", title.strip()).param("parties", parties.strip())
			.param("from", validFrom).param("to", validTo).param("reference", Forums.blankToNull(reference))
			.param("demo", demo)
			.update();
		events.publishEvent(new CollaborationEvents.AgreementRecorded(id, title.strip(), demo));
		return id;
	}

	List<Promise> all() {
		return load("", Map.of());
	}

	Promise get(CitizenPromiseId id) {
		return load("where p.id = :id", Map.of("id", id.value())).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("citizen promise " + id));
	}

	/** Published promises only, each with its published follow-ups only: all the public may see. */
	List<Promise> published() {
		return load("where p.published", Map.of()).stream()
			.map(p -> new Promise(p.id(), p.year(), p.municipalityParty(), p.police(), p.policeName(), p.area(),
					p.areaName(), p.text(), p.agreement(), true, p.demo(), p.version(), p.createdOn(), p.links(),
					p.followUps().stream().filter(FollowUp::published).toList()))
			.toList();
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	CitizenPromiseId record(NewPromise promise) {
		return add(promise);
	}

	@Transactional
	CitizenPromiseId add(NewPromise promise) {
		String police = actors.byId(promise.police()).map(se.trygghet.actor.Actor::name)
			.orElseThrow(() -> Refusal.on("police", "collab.promise.police.required"));
		if (promise.area() != null && areas.area(promise.area()).isEmpty()) {
			throw Refusal.on("area", "collab.promise.area.invalid");
		}
		if (promise.agreement() != null && agreements().stream().noneMatch(a -> a.id().equals(promise.agreement()))) {
			throw Refusal.on("agreement", "collab.promise.agreement.invalid");
		}
		CitizenPromiseId id = CitizenPromiseId.random();
		jdbc.sql("""
				insert into citizen_promise (id, year, municipality_party, police_actor_id, area_id, text, agreement_id,
				                             demo, created_on)
				values (:id, :year, :party, :police, :area, :text, :agreement, :demo, :today)
				""")
			.param("id", id.value()).param("year", promise.year()).param("party", promise.municipalityParty().strip())
			.param("police", promise.police().value())
			.param("area", promise.area() == null ? null : promise.area().value())
			.param("text", promise.text().strip())
			.param("agreement", promise.agreement() == null ? null : promise.agreement().value())
			.param("demo", promise.demo()).param("today", LocalDate.now(clock))
			.update();
		events.publishEvent(new CollaborationEvents.PromiseChanged(id, promise.year(), "recorded",
				promise.municipalityParty().strip() + " och " + police + (promise.demo() ? " (demodata)" : "")));
		return id;
	}

	/** Records a follow-up; it reaches the public only if marked published and the promise is published. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	UUID followUp(CitizenPromiseId promiseId, LocalDate on, Status status, String text, boolean published) {
		Promise promise = get(promiseId);
		if (text.isBlank() || text.strip().length() > 4000) {
			throw Refusal.on("text", "collab.followup.text.invalid");
		}
		if (on.isAfter(LocalDate.now(clock))) {
			throw Refusal.on("followedOn", "collab.followup.date.future");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into citizen_promise_follow_up (id, promise_id, followed_on, status, text, published)
				values (:id, :p, :on, :status, :text, :published)
				""")
			.param("id", id).param("p", promiseId.value()).param("on", on).param("status", status.name())
			.param("text", text.strip()).param("published", published)
			.update();
		events.publishEvent(new CollaborationEvents.PromiseChanged(promiseId, promise.year(), "followed-up",
				"uppföljning " + on + ", " + status + (published ? ", publicerad" : "")));
		return id;
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void publish(CitizenPromiseId promiseId, int version, boolean published) {
		Promise promise = get(promiseId);
		int changed = jdbc.sql("""
				update citizen_promise set published = :published, version = version + 1
				 where id = :id and version = :version
				""")
			.param("published", published).param("id", promiseId.value()).param("version", version)
			.update();
		if (changed == 0) {
			throw Refusal.of("collab.conflict");
		}
		events.publishEvent(new CollaborationEvents.PromiseChanged(promiseId, promise.year(),
				published ? "published" : "withdrawn", published ? "publicerat" : "avpublicerat"));
	}

	/**
	 * Links a problem or an intervention by its id, keeping its title as it is now. The page offers them by title
	 * through {@link LinkChoices}, read from the intervention module; the link keeps the id and that title.
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void link(CitizenPromiseId promiseId, LinkKind kind, UUID ref, String title) {
		Promise promise = get(promiseId);
		if (title.isBlank() || title.strip().length() > 300) {
			throw Refusal.on("title", "collab.link.title.invalid");
		}
		int added = jdbc.sql("""
				insert into citizen_promise_link (promise_id, kind, ref_id, title_snapshot)
				values (:p, :kind, :ref, :title) on conflict do nothing
				""")
			.param("p", promiseId.value()).param("kind", kind.name()).param("ref", ref).param("title", title.strip())
			.update();
		if (added == 0) {
			throw Refusal.on("ref", "collab.link.present");
		}
		events.publishEvent(new CollaborationEvents.PromiseChanged(promiseId, promise.year(), "linked",
				kind + " " + ref + " (" + title.strip() + ")"));
	}

	/** A promise's own row, read whole before anything else is asked of the database. */
	private record Row(CitizenPromiseId id, int year, String municipalityParty, UUID police, @Nullable UUID area,
			String text, @Nullable AgreementId agreement, boolean published, boolean demo, int version,
			LocalDate createdOn) {
	}

	private List<Promise> load(String where, Map<String, ?> params) {
		Map<AgreementId, Agreement> agreements = new java.util.HashMap<>();
		agreements().forEach(a -> agreements.put(a.id(), a));
		Map<UUID, String> actorNames = new java.util.HashMap<>();
		actors.all().forEach(a -> actorNames.put(a.id().value(), a.name()));
		// the rows first, then their links and follow-ups: a query inside the row mapper would hold this connection
		// while asking the pool for another, and under load every connection ends up waiting for a second one
		List<Row> rows = jdbc.sql("select * from citizen_promise p " + where + " order by p.year desc, p.created_on desc")
			.params(params)
			.query((rs, n) -> new Row(new CitizenPromiseId(rs.getObject("id", UUID.class)), rs.getInt("year"),
					rs.getString("municipality_party"), rs.getObject("police_actor_id", UUID.class),
					rs.getObject("area_id", UUID.class), rs.getString("text"),
					agreementId(rs.getObject("agreement_id", UUID.class)), rs.getBoolean("published"),
					rs.getBoolean("demo"), rs.getInt("version"), rs.getObject("created_on", LocalDate.class)))
			.list();
		return rows.stream()
			.map(r -> new Promise(r.id(), r.year(), r.municipalityParty(), new ActorId(r.police()),
					actorNames.getOrDefault(r.police(), ""), r.area() == null ? null : new AreaId(r.area()),
					r.area() == null ? null : areas.area(new AreaId(r.area())).map(AreaCatalog.AreaRef::name).orElse(null),
					r.text(), r.agreement() == null ? null : agreements.get(r.agreement()), r.published(), r.demo(),
					r.version(), r.createdOn(), links(r.id()), followUps(r.id())))
			.toList();
	}

	private List<Link> links(CitizenPromiseId promise) {
		return jdbc.sql("""
				select kind, ref_id, title_snapshot from citizen_promise_link where promise_id = :p
				 order by kind, title_snapshot
				""")
			.param("p", promise.value())
			.query((rs, n) -> new Link(LinkKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3)))
			.list();
	}

	private List<FollowUp> followUps(CitizenPromiseId promise) {
		return jdbc.sql("""
				select id, followed_on, status, text, published from citizen_promise_follow_up where promise_id = :p
				 order by followed_on, id
				""")
			.param("p", promise.value())
			.query((rs, n) -> new FollowUp(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					Status.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5)))
			.list();
	}

	private static @Nullable AgreementId agreementId(@Nullable UUID id) {
		return id == null ? null : new AgreementId(id);
	}

	private static Agreement agreement(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Agreement(new AgreementId(rs.getObject("id", UUID.class)), rs.getString("title"),
				rs.getString("parties"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getString("reference"), rs.getBoolean("demo"));
	}

}
