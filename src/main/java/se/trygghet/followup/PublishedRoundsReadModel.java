package se.trygghet.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;

/**
 * SQL read model behind {@link PublishedRounds}. It names the columns it reads, so a column added to reports later
 * (such as the review comment) is not public until someone chooses to add it here.
 */
@Component
class PublishedRoundsReadModel implements PublishedRounds {

	private final JdbcClient jdbc;

	/** Whose zone (the municipality's) decides the day a round was published on. */
	private final Clock clock;

	PublishedRoundsReadModel(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<PublishedRound> latest(ActionPlanId plan) {
		return jdbc.sql("""
				select id, title, period, published_at, demo from reporting_round
				 where plan_id = :plan and state = 'PUBLISHED'
				 order by published_at desc nulls last, deadline desc limit 1
				""")
			.param("plan", plan.value())
			.query((rs, n) -> {
				Timestamp published = rs.getTimestamp("published_at");
				RoundId id = new RoundId(rs.getObject("id", UUID.class));
				return new PublishedRound(id, rs.getString("title"), rs.getString("period"),
						published == null ? null : published.toInstant().atZone(clock.getZone()).toLocalDate(),
						rs.getBoolean("demo"), List.of());
			})
			.optional()
			.map(round -> new PublishedRound(round.id(), round.title(), round.period(), round.publishedOn(),
					round.demo(), reports(round.id())));
	}

	// approved lead reports only, the same rule as the open API's answer for anonymous callers
	private List<PublishedReport> reports(RoundId round) {
		return jdbc.sql("""
				select rep.activity_id, rep.activity_number, rep.activity_text, c.name, rep.status, rep.status_reason,
				       rep.done, rep.effects, rep.next_steps, rep.assessment
				  from report rep join committee c on c.id = rep.committee_id
				 where rep.round_id = :r and rep.kind = 'ACTIVITY_REPORT' and rep.state = 'APPROVED'
				""")
			.param("r", round.value())
			.query((rs, n) -> {
				String status = rs.getString("status");
				String assessment = rs.getString("assessment");
				return new PublishedReport(new ActivityId(rs.getObject("activity_id", UUID.class)),
						ActivityNumber.parse(rs.getString("activity_number")), rs.getString("activity_text"),
						rs.getString("name"),
						status == null ? null : ActivityStatus.valueOf(status), rs.getString("status_reason"),
						rs.getString("done"), rs.getString("effects"), rs.getString("next_steps"),
						assessment == null ? null : GoalContribution.valueOf(assessment));
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(PublishedReport::activityNumber))
			.toList();
	}

	/**
	 * Publishing adds a round (and bumps its version), so the sum only grows, and reports of a published round can
	 * no longer be reviewed. Committee names are read live here, so a page that shows them also keys on the plan.
	 */
	@Override
	public long revision() {
		return jdbc.sql("""
				select coalesce(sum(version + 1), 0) from reporting_round where state = 'PUBLISHED'
				""").query(Long.class).single();
	}

}
