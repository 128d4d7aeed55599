package se.trygghet.situation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.system.Refusal;

/**
 * Changes to the joint lägesbild. Each change names the version the writer saw; a change over a newer version is
 * refused ({@code concurrent.change}) so nobody's text is overwritten unseen. Every change is audited.
 */
@Component
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
class JointPictureWork {

	private final JointSituationPictures pictures;

	private final IncidentReporting reporting;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final se.trygghet.area.AreaCatalog areas;

	JointPictureWork(JointSituationPictures pictures, IncidentReporting reporting, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock, se.trygghet.area.AreaCatalog areas) {
		this.areas = areas;
		this.pictures = pictures;
		this.reporting = reporting;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** The picture of a year as stored, or a fresh draft when nobody has written it yet. */
	JointSituationPicture picture(int year) {
		return pictures.find(reporting.municipality(), JointSituationPicture.requireYear(year))
			.orElseGet(() -> JointSituationPicture.start(reporting.municipality(), year));
	}

	@Transactional
	void revise(int year, int version, @Nullable String analysis, @Nullable String summary) {
		change(year, version, "revised", "analys och sammanfattning ändrade", p -> p.revise(analysis, summary));
	}

	@Transactional
	UUID addProblem(int year, int version, String title, @Nullable String areaId, List<String> categories,
			@Nullable String rationale) {
		// every refused value at once, in the form's order: title, area, categories, rationale
		Map<String, String> refused = new LinkedHashMap<>();
		UUID area = null;
		try {
			area = area(areaId);
		}
		catch (Refusal ex) {
			refused.putAll(ex.fieldCodes());
		}
		UUID picked = area;
		if (picked != null && areas.area(new se.trygghet.area.AreaId(picked)).filter(a -> a.municipality().equals(reporting.municipality())).isEmpty()) {
			refused.put("area", "situation.joint.problem.area.unknown");
		}
		if (!reporting.categories().containsAll(categories)) {
			refused.put("categories", "situation.incident.category.unknown");
		}
		JointSituationPicture.Problem problem;
		try {
			problem = new JointSituationPicture.Problem(UUID.randomUUID(), title, area, categories, rationale);
		}
		catch (Refusal ex) {
			refused.putAll(ex.fieldCodes());
			Map<String, String> inFormOrder = new LinkedHashMap<>();
			List.of("title", "area", "categories", "rationale")
				.forEach(field -> inFormOrder.computeIfAbsent(field, refused::get));
			throw Refusal.onFields(inFormOrder);
		}
		if (!refused.isEmpty()) {
			throw Refusal.onFields(refused);
		}
		change(year, version, "problem-added", "prioriterat problem tillagt: " + problem.title(), p -> p.add(problem));
		return problem.id();
	}

	/** The area picked, by its id as the form sends it; none for none, and one that is no id is refused. */
	private static @Nullable UUID area(@Nullable String area) {
		if (area == null || area.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(area.strip());
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.on("area", "situation.joint.problem.area.unknown");
		}
	}

	@Transactional
	void removeProblem(int year, int version, UUID problem) {
		change(year, version, "problem-removed", "prioriterat problem borttaget", p -> p.remove(problem));
	}

	@Transactional
	void moveProblem(int year, int version, UUID problem, boolean up) {
		change(year, version, "problem-moved", "prioriterat problem flyttat " + (up ? "upp" : "ned"),
				p -> p.move(problem, up));
	}

	@Transactional
	void decide(int year, int version) {
		Instant now = clock.instant();
		change(year, version, "decided", "beslutad", p -> p.decide(currentUsers.actorName(), now));
	}

	@Transactional
	void reopen(int year, int version, @Nullable String reason) {
		change(year, version, "reopened", "öppnad igen: " + (reason == null ? "" : reason.strip()),
				p -> p.reopen(reason));
	}

	private void change(int year, int version, String what, String summary, Consumer<JointSituationPicture> change) {
		JointSituationPicture picture = picture(year);
		if (picture.version() != version) {
			throw Refusal.of("concurrent.change");
		}
		change.accept(picture);
		if (!pictures.save(picture, currentUsers.actorName(), clock.instant())) {
			throw Refusal.of("concurrent.change");
		}
		events.publishEvent(new JointPictureEvents.JointPictureChanged(picture.municipality(), year, what, summary,
				version + 1));
	}

}
