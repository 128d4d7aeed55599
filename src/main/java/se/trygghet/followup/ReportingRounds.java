package se.trygghet.followup;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.plan.ActionPlanId;

@Repository
class ReportingRounds {

	private final JdbcClient jdbc;

	ReportingRounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReportingRound> byId(RoundId id) {
		return jdbc.sql("select * from reporting_round where id = :id").param("id", id.value()).query((rs, n) -> {
			Timestamp opened = rs.getTimestamp("opened_at");
			Timestamp closed = rs.getTimestamp("closed_at");
			Timestamp published = rs.getTimestamp("published_at");
			UUID copiedFrom = rs.getObject("copied_from", UUID.class);
			return new ReportingRound(new RoundId(rs.getObject("id", UUID.class)),
					new ActionPlanId(rs.getObject("plan_id", UUID.class)), rs.getString("period"),
					rs.getString("title"), rs.getDate("opens_on").toLocalDate(), rs.getDate("deadline").toLocalDate(),
					RoundState.valueOf(rs.getString("state")), opened == null ? null : opened.toInstant(),
					closed == null ? null : closed.toInstant(), published == null ? null : published.toInstant(),
					rs.getInt("version"), copiedFrom == null ? null : new RoundId(copiedFrom));
		}).optional();
	}

	boolean periodTaken(ActionPlanId plan, String period) {
		return jdbc.sql("select exists (select 1 from reporting_round where plan_id = :p and period = :period)")
			.param("p", plan.value())
			.param("period", period)
			.query(Boolean.class)
			.single();
	}

	void add(ReportingRound round) {
		jdbc.sql("""
				insert into reporting_round (id, plan_id, period, title, opens_on, deadline, state, copied_from)
				values (:id, :plan, :period, :title, :opensOn, :deadline, :state, :copiedFrom)
				""")
			.param("copiedFrom", round.copiedFrom() == null ? null : round.copiedFrom().value())
			.param("id", round.id().value())
			.param("plan", round.plan().value())
			.param("period", round.period())
			.param("title", round.title())
			.param("opensOn", java.sql.Date.valueOf(round.opensOn()))
			.param("deadline", java.sql.Date.valueOf(round.deadline()))
			.param("state", round.state().name())
			.update();
	}

	void save(ReportingRound round) {
		int updated = jdbc.sql("""
				update reporting_round set state = :state, opened_at = :opened, closed_at = :closed,
				       published_at = :published, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", round.id().value())
			.param("state", round.state().name())
			.param("opened", timestamp(round.openedAt()))
			.param("closed", timestamp(round.closedAt()))
			.param("published", timestamp(round.publishedAt()))
			.param("version", round.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Round " + round.title() + " was changed by someone else");
		}
	}

	private static Timestamp timestamp(java.time.Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** Marks a round as invented for the demo; it then says so on every page, in the API and in its documents. */
	void markDemo(RoundId id) {
		jdbc.sql("update reporting_round set demo = true where id = :id").param("id", id.value()).update();
	}

	boolean anyDemo() {
		return jdbc.sql("select exists (select 1 from reporting_round where demo)").query(Boolean.class).single();
	}

}
