package se.trygghet.intervention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.area.AreaId;

@Repository
class Feedbacks {

	private final JdbcClient jdbc;

	Feedbacks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Row(UUID id, Feedback feedback, @Nullable String interventionTitle, String recordedBy, boolean demo) {
	}

	void insert(Feedback f, boolean demo, String by, Instant now) {
		jdbc.sql("""
				insert into feedback (id, problem_id, intervention_id, recipient_kind, recipient, given_on, channel,
				                      summary, visibility, demo, recorded_by, recorded_at)
				values (:id, :problem, :intervention, :kind, :recipient, :givenOn, :channel, :summary, :visibility,
				        :demo, :by, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("problem", f.problem().value())
			.param("intervention", f.intervention() == null ? null : f.intervention().value())
			.param("kind", f.recipientKind().name())
			.param("recipient", f.recipient().strip())
			.param("givenOn", f.givenOn())
			.param("channel", f.channel().strip())
			.param("summary", f.summary().strip())
			.param("visibility", f.visibility().name())
			.param("demo", demo)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<Row> ofProblem(ProblemId problem) {
		return jdbc.sql("""
				select f.*, i.title as intervention_title from feedback f
				  left join intervention i on i.id = f.intervention_id
				 where f.problem_id = :id order by f.given_on desc, f.recorded_at desc
				""")
			.param("id", problem.value())
			.query((rs, n) -> {
				UUID intervention = rs.getObject("intervention_id", UUID.class);
				return new Row(rs.getObject("id", UUID.class),
						new Feedback(problem, intervention == null ? null : new InterventionId(intervention),
								RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient"),
								rs.getObject("given_on", LocalDate.class), rs.getString("channel"),
								rs.getString("summary"), Visibility.valueOf(rs.getString("visibility"))),
						rs.getString("intervention_title"), rs.getString("recorded_by"), rs.getBoolean("demo"));
			})
			.list();
	}

	List<PublicFeedback.Note> published() {
		return jdbc.sql("""
				select f.given_on, f.recipient, f.channel, f.summary, p.area_id, f.demo,
				       case when p.visibility = 'PUBLIC' then p.title end as problem_title
				  from feedback f join problem p on p.id = f.problem_id
				 where f.visibility = 'PUBLIC'
				 order by f.given_on desc, f.recorded_at desc
				""")
			.query((rs, n) -> {
				UUID area = rs.getObject("area_id", UUID.class);
				return new PublicFeedback.Note(rs.getObject("given_on", LocalDate.class), rs.getString("recipient"),
						rs.getString("channel"), rs.getString("summary"), area == null ? null : new AreaId(area),
						rs.getString("problem_title"), rs.getBoolean("demo"));
			})
			.list();
	}

}
