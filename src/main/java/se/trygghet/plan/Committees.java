package se.trygghet.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.identity.CommitteeDirectory;

/** All committees, of every municipality that has a plan here. Also tells identity which committees exist. */
@Repository
class Committees implements CommitteeDirectory {

	private final JdbcClient jdbc;

	Committees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Committee> committees() {
		return jdbc.sql("select id, name from committee order by name, municipality")
			.query((rs, n) -> new Committee(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	List<PlanView.CommitteeView> ofMunicipality(String municipality) {
		return jdbc.sql("select id, name, short_name from committee where municipality = :m order by name")
			.param("m", municipality)
			.query((rs, n) -> new PlanView.CommitteeView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	Map<CommitteeId, String> names() {
		Map<CommitteeId, String> names = new LinkedHashMap<>();
		jdbc.sql("select id, name from committee")
			.query(rs -> {
				names.put(new CommitteeId(rs.getObject(1, UUID.class)), rs.getString(2));
			});
		return names;
	}

}
