package se.trygghet.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;

/**
 * An analyst's effect evaluations in progress on the start page: interventions whose latest evaluation's after
 * period has not ended yet (its counts will still change), and finished interventions never evaluated. Staff read
 * every intervention, so there is nothing to leave out here; partners are not analysts.
 */
@Component
class EvaluationStartSections implements StartSections {


	private final JdbcClient jdbc;

	private final Clock clock;

	EvaluationStartSections(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		if (!user.has(Role.ANALYST)) {
			return List.of();
		}
		List<Item> items = jdbc.sql("""
				select i.id, i.title, i.status, e.after_to
				  from intervention i
				  left join lateral (select after_to from effect_evaluation e where e.intervention_id = i.id
				                      order by e.created_at desc limit 1) e on true
				 where (e.after_to is not null and e.after_to >= :today)
				    or (e.after_to is null and i.status = 'AVSLUTAD')
				 order by e.after_to nulls first, i.title limit :shown
				""")
			.param("today", LocalDate.now(clock))
			.param("shown", SHOWN)
			.query((rs, n) -> {
				Item item = Item.of(rs.getString(2), "/interventions/" + rs.getObject(1, UUID.class))
					.withBadge(Text.of("intervention.status." + rs.getString(3)));
				return rs.getDate(4) == null ? item.withNote(Text.of("start.evaluations.none.yet"))
						: item.withNote(Text.of("start.evaluations.running", rs.getDate(4).toLocalDate().toString()));
			})
			.list();
		return List.of(Section.of(Place.ANALYST_EVALUATIONS, "evaluations", Text.of("start.evaluations.title"), items,
				Text.of("start.evaluations.none")));
	}

}
