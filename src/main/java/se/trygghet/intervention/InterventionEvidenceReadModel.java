package se.trygghet.intervention;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActivityId;

/** {@link InterventionEvidence} in a fixed number of queries however many activities are asked for. */
@Component
class InterventionEvidenceReadModel implements InterventionEvidence {

	private final Interventions interventions;

	private final Evaluations evaluations;

	private final EvaluationViews views;

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	InterventionEvidenceReadModel(Interventions interventions, Evaluations evaluations, EvaluationViews views,
			JdbcClient jdbc, AreaCatalog areas) {
		this.interventions = interventions;
		this.evaluations = evaluations;
		this.views = views;
		this.jdbc = jdbc;
		this.areas = areas;
	}

	@Override
	public Map<ActivityId, List<EvaluatedIntervention>> forActivities(Collection<ActivityId> activities,
			Locale locale) {
		Map<ActivityId, List<EvaluatedIntervention>> byActivity = new LinkedHashMap<>();
		activities.forEach(a -> byActivity.put(a, new java.util.ArrayList<>()));
		List<Intervention> found = interventions.forActivities(activities);
		Map<InterventionId, List<StoredEvaluation>> evaluated = evaluations
			.ofInterventions(found.stream().map(Intervention::id).toList());
		// the newest evaluations' areas in one look-up, for whether they are invented
		Set<AreaId> places = new HashSet<>();
		evaluated.values().forEach(own -> places.addAll(List.of(own.get(0).request().target(),
				own.get(0).request().control())));
		Map<AreaId, AreaCatalog.AreaRef> known = areas.areas(places);
		for (Intervention i : found) {
			List<StoredEvaluation> own = evaluated.getOrDefault(i.id(), List.of());
			StoredEvaluation latest = own.isEmpty() ? null : own.get(0);
			byActivity.computeIfAbsent(i.activity(), a -> new java.util.ArrayList<>())
				.add(new EvaluatedIntervention(i.id(), i.title(), i.status(), i.visibility(), i.demo(), own.size(),
						latest == null ? null : views.headline(latest, locale,
								demo(known, latest.request().target()) || demo(known, latest.request().control()))));
		}
		return byActivity;
	}

	private static boolean demo(Map<AreaId, AreaCatalog.AreaRef> known, AreaId area) {
		AreaCatalog.AreaRef ref = known.get(area);
		return ref != null && ref.demo();
	}

	@Override
	public List<ProblemActivities> problems() {
		return jdbc.sql("""
				select p.id, p.title, p.area_id, p.categories,
				       array_remove(array_agg(distinct i.activity_id), null) as activities
				  from problem p left join intervention i on i.problem_id = p.id
				 group by p.id
				 order by p.title
				""").query((rs, n) -> {
			UUID area = rs.getObject("area_id", UUID.class);
			Set<ActivityId> linked = new HashSet<>(SqlArrays.list(rs.getArray("activities"),
					s -> new ActivityId(UUID.fromString(s))));
			return new ProblemActivities(new ProblemId(rs.getObject("id", UUID.class)), rs.getString("title"),
					area == null ? null : new AreaId(area), SqlArrays.list(rs.getArray("categories"), s -> s), linked);
		}).list();
	}

}
