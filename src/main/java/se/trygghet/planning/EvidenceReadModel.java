package se.trygghet.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.followup.ActivityStatusHistory;
import se.trygghet.followup.ActivityStatusHistory.RoundStatus;
import se.trygghet.followup.PublishedRounds;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.indicator.Audience;
import se.trygghet.indicator.IndicatorCatalog;
import se.trygghet.indicator.IndicatorCharts;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.intervention.InterventionEvidence;
import se.trygghet.intervention.InterventionEvidence.EvaluatedIntervention;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.Disposition;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanCatalog.PlanOutline;
import se.trygghet.plan.PlanCatalog.PlanRef;
import se.trygghet.plan.PlanLineage;
import se.trygghet.plan.PlanState;
import se.trygghet.plan.PlanLineage.ActivityFate;
import se.trygghet.planning.PlanEvidence.ActivityEvidence;
import se.trygghet.planning.PlanEvidence.FocusAreaEvidence;
import se.trygghet.planning.PlanEvidence.IndicatorLine;
import se.trygghet.planning.PlanEvidence.Origin;
import se.trygghet.situation.JointPictureCatalog;
import se.trygghet.situation.JointPictureCatalog.JointPicture;
import se.trygghet.system.NotFoundException;

/**
 * Reads the evidence page of a plan. Each source is asked once per page, for every activity at once (the plan's
 * lineage, the follow-up's reports, the interventions with their evaluations, the indicators, the joint lägesbild,
 * the problems, the decided links between them and the draft's activities), so the number of queries does not grow
 * with the plan. Staff who may read it see values as stored ({@link Audience#INTERNAL}), as they do on the indicator
 * pages.
 */
@Component
class EvidenceReadModel {

	private final PlanCatalog plans;

	private final PlanLineage lineage;

	private final ActivityStatusHistory statuses;

	private final InterventionEvidence interventions;

	private final IndicatorCatalog indicators;

	private final JointPictureCatalog pictures;

	private final PublishedRounds rounds;

	/** The municipality's zone decides the day a lägesbild was decided on. */
	private final Clock clock;

	private final PlanIntroductions introductions;

	private final CurrentUsers users;

	private final MessageSource messages;

	private final ProblemLinks links;

	EvidenceReadModel(PlanCatalog plans, PlanLineage lineage, ActivityStatusHistory statuses,
			InterventionEvidence interventions, IndicatorCatalog indicators, JointPictureCatalog pictures,
			PublishedRounds rounds, Clock clock, PlanIntroductions introductions, CurrentUsers users,
			MessageSource messages, ProblemLinks links) {
		this.links = links;
		this.plans = plans;
		this.lineage = lineage;
		this.statuses = statuses;
		this.interventions = interventions;
		this.indicators = indicators;
		this.pictures = pictures;
		this.rounds = rounds;
		this.clock = clock;
		this.introductions = introductions;
		this.users = users;
		this.messages = messages;
	}

	/** The evidence of the plan with {@code key}, of one focus area or (null) all; 404 for an unknown plan. */
	PlanEvidence evidence(String key, @Nullable Integer focusArea, Locale locale) {
		List<PlanRef> all = plans.plans();
		PlanRef ref = all.stream().filter(p -> p.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("Planen"));
		PlanOutline outline = plans.outline(ref.id()).orElseThrow(() -> new NotFoundException("Planen"));
		ActionPlanId previous = lineage.predecessorOf(ref.id()).orElse(null);
		PlanRef predecessor = previous == null ? null
				: all.stream().filter(p -> p.id().equals(previous)).findFirst().orElse(null);
		List<ActivityFate> fates = previous == null ? List.of() : lineage.fatesOf(previous);

		List<ActivityId> read = PlanEvidence.activitiesRead(outline, fates);
		Map<ActivityId, List<RoundStatus>> history = statuses.of(read);
		Map<ActivityId, List<EvaluatedIntervention>> evaluated = interventions.forActivities(read, locale);
		List<IndicatorSummary> measured = indicators.indicators(outline, Audience.INTERNAL);

		Map<ActivityId, List<ActivityFate>> carriedInto = new HashMap<>();
		fates.stream()
			.filter(f -> f.successor() != null && PlanEvidence.CARRIED.contains(f.disposition()))
			.forEach(f -> carriedInto.computeIfAbsent(f.successor(), k -> new ArrayList<>()).add(f));

		List<FocusAreaEvidence> areas = new ArrayList<>();
		for (PlanCatalog.FocusAreaOutline area : outline.focusAreas()) {
			if (focusArea != null && area.number() != focusArea) {
				continue;
			}
			List<IndicatorLine> lines = measured.stream()
				.filter(i -> i.focusArea() == area.number())
				.map(i -> new IndicatorLine(i, IndicatorCharts.latestText(i, locale)))
				.toList();
			List<ActivityEvidence> activities = outline.activities()
				.stream()
				.filter(a -> a.number().focusArea() == area.number())
				.map(a -> new ActivityEvidence(a, PlanEvidence.anchor(a),
						carriedInto.getOrDefault(a.id(), List.of())
							.stream()
							.map(f -> origin(f, history, evaluated))
							.toList(),
						evaluated.getOrDefault(a.id(), List.of())))
				.toList();
			areas.add(new FocusAreaEvidence(area.number(), area.title(), lines, activities));
		}
		List<Origin> ended = fates.stream()
			.filter(f -> f.disposition() == Disposition.ENDED)
			.filter(f -> focusArea == null || f.number().focusArea() == focusArea)
			.map(f -> origin(f, history, evaluated))
			.toList();

		JointPicture picture = pictures.latest().orElse(null);
		List<PlanEvidence.ProblemCoverage> coverage = picture == null ? List.of()
				: PlanEvidence.coverage(picture.problems(), links.of(ref.id()), interventions.problems(),
						outline.activities(), fates);
		LocalDate decidedOn = picture == null || picture.decidedAt() == null ? null
				: picture.decidedAt().atZone(clock.getZone()).toLocalDate();
		return new PlanEvidence(ref, predecessor, focusArea, areas, ended, picture, decidedOn, coverage,
				rounds.latest(previous == null ? ref.id() : previous).orElse(null), introductions.find(ref.id()),
				ref.state() == PlanState.DRAFT && users.current()
					.map(u -> u.roles().contains(Role.COORDINATOR) || u.roles().contains(Role.ADMIN))
					.orElse(false),
				outline.activities());
	}

	/**
	 * The introduction's text with a citation added as its last paragraph: title, date and link of the latest joint
	 * lägesbild ({@code source} "picture") or of the latest published follow-up of the plan the draft was drawn from
	 * ("round"). The text as it was when there is nothing to cite.
	 */
	String withCitation(String key, @Nullable String text, String source, Locale locale) {
		PlanRef ref = plans.plans().stream().filter(p -> p.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("Planen"));
		String citation = switch (source) {
			case "picture" -> pictures.latest().map(p -> messages.getMessage("planning.cite.picture",
					new Object[] { String.valueOf(p.year()),
							p.decidedAt() != null ? messages.getMessage("planning.evidence.decidedOn",
									new Object[] { day(p.decidedAt()) }, locale)
									: messages.getMessage("planning.cite.draft",
											new Object[] { day(p.updatedAt()) }, locale),
							p.href() },
					locale)).orElse(null);
			case "round" -> rounds.latest(lineage.predecessorOf(ref.id()).orElse(ref.id()))
				.map(r -> messages.getMessage("planning.cite.round", new Object[] { r.title(), r.period(),
						r.publishedOn() == null ? "" : r.publishedOn().toString(), "/rounds/" + r.id().value() },
						locale))
				.orElse(null);
			default -> null;
		};
		String before = text == null ? "" : text.strip();
		return citation == null ? before : before.isEmpty() ? citation : before + "\n\n" + citation;
	}

	private String day(java.time.Instant at) {
		return at.atZone(clock.getZone()).toLocalDate().toString();
	}

	private static Origin origin(ActivityFate fate, Map<ActivityId, List<RoundStatus>> history,
			Map<ActivityId, List<EvaluatedIntervention>> evaluated) {
		return new Origin(fate, history.getOrDefault(fate.activity(), List.of()),
				evaluated.getOrDefault(fate.activity(), List.of()));
	}

}
