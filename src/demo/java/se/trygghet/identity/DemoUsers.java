package se.trygghet.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: one user per role, all with the password {@code demo}, listed in the README. Their display names
 * say "demo" so nobody mistakes them for real people.
 */
@Component
@Profile("demo")
class DemoUsers {

	static final String PASSWORD = "demo";

	/** The reporter is bound to the committee that leads most of the plan's activities. */
	static final String REPORTER_COMMITTEE = "Nämnden för idrott, fritid och förebyggande";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final Users users;

	private final PasswordEncoder encoder;

	private final ObjectProvider<CommitteeDirectory> committees;

	private final AuditLog audit;

	private final ObjectProvider<ActorDirectory> actors;

	private final PartnerBindings partners;

	DemoUsers(Users users, PasswordEncoder encoder, ObjectProvider<CommitteeDirectory> committees, AuditLog audit,
			ObjectProvider<ActorDirectory> actors, PartnerBindings partners) {
		this.users = users;
		this.encoder = encoder;
		this.committees = committees;
		this.audit = audit;
		this.actors = actors;
		this.partners = partners;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	@Transactional
	void create() {
		String hash = encoder.encode(PASSWORD);
		Set<UUID> reporterCommittees = reporterCommittees();
		UUID police = policeActor();
		record Demo(String username, String name, Role role) {
		}
		for (Demo demo : List.of(new Demo("admin", "Demo Administratör", Role.ADMIN),
				new Demo("samordnare", "Demo Samordnare (Stadsledningskontoret)", Role.COORDINATOR),
				new Demo("rapportor", "Demo Rapportör (NIFF)", Role.COMMITTEE_REPORTER),
				new Demo("analytiker", "Demo Analytiker", Role.ANALYST),
				new Demo("lasare", "Demo Läsare (förtroendevald)", Role.VIEWER),
				new Demo("faltrapportor", "Demo Fältrapportör (EST)", Role.FIELD_REPORTER),
				new Demo("partner", "Demo Partner (Polisen)", Role.PARTNER))) {
			if (users.byUsername(demo.username()).isPresent()) {
				continue;
			}
			if (demo.role() == Role.PARTNER && police == null) {
				log.warn("No actor named Polisen; the demo partner was not created");
				continue;
			}
			if (demo.role() == Role.COMMITTEE_REPORTER && reporterCommittees.isEmpty()) {
				log.warn("No committees loaded; the demo reporter was not created");
				continue;
			}
			// .invalid never delivers: with no SMTP server the notices land in the outbox for the demo
			User user = User.local(demo.username(), demo.name(), demo.username() + "@demo.invalid", hash,
					Set.of(demo.role()),
					demo.role() == Role.COMMITTEE_REPORTER ? reporterCommittees : Set.of());
			users.add(user);
			if (demo.role() == Role.PARTNER) {
				// the demo partner speaks for the police, whom the plan names as the city's first partner
				partners.bind(user.id(), police);
			}
			audit.record(CurrentUsers.SYSTEM, "identity.user.created", "User", user.id().toString(),
					"Demoanvändare skapad: " + demo.username(), Map.of("demo", true));
		}
	}

	private @org.jspecify.annotations.Nullable UUID policeActor() {
		ActorDirectory directory = actors.getIfAvailable();
		if (directory == null) {
			return null;
		}
		return directory.organisations()
			.stream()
			.filter(o -> o.name().equals("Polisen"))
			.map(ActorDirectory.Organisation::id)
			.findFirst()
			.orElse(null);
	}

	private Set<UUID> reporterCommittees() {
		CommitteeDirectory directory = committees.getIfAvailable();
		if (directory == null) {
			return Set.of();
		}
		List<CommitteeDirectory.Committee> all = directory.committees();
		return all.stream()
			.filter(c -> c.name().equals(REPORTER_COMMITTEE))
			.findFirst()
			.or(() -> all.stream().findFirst())
			.map(c -> Set.of(c.id()))
			.orElse(Set.of());
	}

}
