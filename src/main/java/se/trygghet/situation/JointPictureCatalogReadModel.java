package se.trygghet.situation;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaId;
import se.trygghet.incident.IncidentReporting;

/** {@link JointPictureCatalog} in two queries. */
@Component
class JointPictureCatalogReadModel implements JointPictureCatalog {

	private final JdbcClient jdbc;

	private final IncidentReporting reporting;

	JointPictureCatalogReadModel(JdbcClient jdbc, IncidentReporting reporting) {
		this.jdbc = jdbc;
		this.reporting = reporting;
	}

	@Override
	public Optional<JointPicture> latest() {
		String municipality = reporting.municipality();
		record Head(int year, boolean decided, Timestamp decidedAt, Timestamp updatedAt) {
		}
		return jdbc.sql("""
				select year, status = 'DECIDED', decided_at, updated_at from joint_situation_picture
				 where municipality = :m order by year desc limit 1
				""")
			.param("m", municipality)
			.query((rs, n) -> new Head(rs.getInt(1), rs.getBoolean(2), rs.getTimestamp(3), rs.getTimestamp(4)))
			.optional()
			.map(head -> new JointPicture(head.year(), head.decided(),
					head.decidedAt() == null ? null : head.decidedAt().toInstant(), head.updatedAt().toInstant(),
					"/situation/joint/" + head.year(), problems(municipality, head.year())));
	}

	private List<PrioritisedProblem> problems(String municipality, int year) {
		return jdbc.sql("""
				select id, rank, title, area_id, categories from prioritised_problem
				 where municipality = :m and year = :y order by rank
				""")
			.param("m", municipality)
			.param("y", year)
			.query((rs, n) -> {
				UUID area = rs.getObject(4, UUID.class);
				return new PrioritisedProblem(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
						area == null ? null : new AreaId(area), Arrays.asList((String[]) rs.getArray(5).getArray()));
			})
			.list();
	}

}
