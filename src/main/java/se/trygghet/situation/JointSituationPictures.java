package se.trygghet.situation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores joint lägesbilder with their prioritised problems, refusing a save over a newer version. */
@Component
class JointSituationPictures {

	private final JdbcClient jdbc;

	JointSituationPictures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<JointSituationPicture> find(String municipality, int year) {
		List<JointSituationPicture.Problem> problems = jdbc.sql("""
				select id, title, area_id, categories, rationale from prioritised_problem
				 where municipality = :m and year = :y order by rank
				""")
			.param("m", municipality)
			.param("y", year)
			.query((rs, n) -> new JointSituationPicture.Problem(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, UUID.class), Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getString(5)))
			.list();
		return jdbc.sql("""
				select analysis, summary, status, decided_by, decided_at, reopen_reason, version, updated_by, updated_at
				  from joint_situation_picture where municipality = :m and year = :y
				""")
			.param("m", municipality)
			.param("y", year)
			.query((rs, n) -> new JointSituationPicture(municipality, year, rs.getString(1), rs.getString(2),
					JointSituationPicture.Status.valueOf(rs.getString(3)), rs.getString(4), instant(rs.getTimestamp(5)),
					rs.getString(6), rs.getInt(7), rs.getString(8), instant(rs.getTimestamp(9)), problems))
			.optional();
	}

	/**
	 * Writes the picture over the version it was read at; false, and nothing written, when someone saved in between
	 * (or created it first). The problems are written again in their order, which is their rank.
	 */
	boolean save(JointSituationPicture picture, String by, Instant at) {
		int changed = picture.version() < 0 ? jdbc.sql("""
				insert into joint_situation_picture (municipality, year, analysis, summary, status, decided_by, decided_at,
				                                     reopen_reason, updated_by, updated_at)
				values (:m, :y, :analysis, :summary, :status, :decidedBy, :decidedAt, :reason, :by, :at)
				on conflict do nothing
				""")
			.params(params(picture, by, at))
			.update()
				: jdbc.sql("""
						update joint_situation_picture
						   set analysis = :analysis, summary = :summary, status = :status, decided_by = :decidedBy,
						       decided_at = :decidedAt, reopen_reason = :reason, updated_by = :by, updated_at = :at,
						       version = version + 1
						 where municipality = :m and year = :y and version = :v
						""")
					.params(params(picture, by, at))
					.param("v", picture.version())
					.update();
		if (changed != 1) {
			return false;
		}
		jdbc.sql("delete from prioritised_problem where municipality = :m and year = :y")
			.param("m", picture.municipality())
			.param("y", picture.year())
			.update();
		int rank = 1;
		for (JointSituationPicture.Problem problem : picture.problems()) {
			jdbc.sql("""
					insert into prioritised_problem (id, municipality, year, rank, title, area_id, categories, rationale)
					values (:id, :m, :y, :rank, :title, :area, :categories, :rationale)
					""")
				.param("id", problem.id())
				.param("m", picture.municipality())
				.param("y", picture.year())
				.param("rank", rank++)
				.param("title", problem.title())
				.param("area", problem.area())
				.param("categories", problem.categories().toArray(String[]::new))
				.param("rationale", problem.rationale())
				.update();
		}
		return true;
	}

	private static java.util.Map<String, Object> params(JointSituationPicture p, String by, Instant at) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("m", p.municipality());
		params.put("y", p.year());
		params.put("analysis", p.analysis());
		params.put("summary", p.summary());
		params.put("status", p.status().name());
		params.put("decidedBy", p.decidedBy());
		params.put("decidedAt", p.decidedAt() == null ? null : Timestamp.from(p.decidedAt()));
		params.put("reason", p.reopenReason());
		params.put("by", by);
		params.put("at", Timestamp.from(at));
		return params;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
