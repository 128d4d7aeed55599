package se.trygghet.planning;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanCatalog.PlanRef;
import se.trygghet.plan.PlanState;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Writing a draft's introduction. Only a draft's: an adopted plan's text is what was decided. Saved over the version
 * the writer read, or refused; every save is audited.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class IntroductionWork {

	static final int MAX_TEXT = 20_000;

	private final PlanCatalog plans;

	private final PlanIntroductions introductions;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntroductionWork(PlanCatalog plans, PlanIntroductions introductions, CurrentUsers users,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.introductions = introductions;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void revise(String key, int version, @Nullable String text) {
		PlanRef plan = plans.plans().stream().filter(p -> p.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("Planen"));
		if (plan.state() != PlanState.DRAFT) {
			throw Refusal.of("planning.introduction.notDraft");
		}
		String written = text == null ? "" : text.strip();
		if (written.length() > MAX_TEXT) {
			throw Refusal.on("text", "planning.introduction.tooLong", String.valueOf(MAX_TEXT));
		}
		if (!introductions.save(plan.id(), version, written, users.actorName(), Instant.now(clock))) {
			throw Refusal.of("concurrent.change");
		}
		events.publishEvent(new PlanningEvents.IntroductionRevised(plan.key(), plan.name(), written.length()));
	}

}
