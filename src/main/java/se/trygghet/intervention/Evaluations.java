package se.trygghet.intervention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.area.AreaId;

@Repository
class Evaluations {

	private final JdbcClient jdbc;

	Evaluations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredEvaluation e, EffectEvaluation.Result result) {
		StoredEvaluation.Request r = e.request();
		Map<String, Object> p = new HashMap<>();
		p.put("id", e.id());
		p.put("intervention", e.intervention().value());
		p.put("target", r.target().value());
		p.put("control", r.control().value());
		p.put("buffer", r.bufferMetres());
		p.put("categories", SqlArrays.literal(r.categories()));
		p.put("beforeFrom", r.beforeFrom());
		p.put("beforeTo", r.beforeTo());
		p.put("afterFrom", r.afterFrom());
		p.put("afterTo", r.afterTo());
		p.put("tb", e.targetBefore());
		p.put("ta", e.targetAfter());
		p.put("cb", e.controlBefore());
		p.put("ca", e.controlAfter());
		p.put("bb", e.bufferBefore());
		p.put("ba", e.bufferAfter());
		p.put("longRun", e.longRunCount());
		p.put("longRunFrom", e.longRunFrom());
		p.put("did", result.did());
		p.put("low", result.low());
		p.put("high", result.high());
		p.put("wdq", result.wdq());
		p.put("verdict", result.verdict().name());
		p.put("warnings", SqlArrays.literal(result.warnings()));
		p.put("method", e.methodVersion());
		p.put("by", e.createdBy());
		p.put("at", Timestamp.from(e.createdAt()));
		jdbc.sql("""
				insert into effect_evaluation (id, intervention_id, target_area, control_area, buffer_metres, categories,
				    before_from, before_to, after_from, after_to, target_before, target_after, control_before,
				    control_after, buffer_before, buffer_after, long_run_count, long_run_from, did, did_low, did_high,
				    wdq, verdict, warnings, method_version, created_by, created_at)
				values (:id, :intervention, :target, :control, :buffer, cast(:categories as text[]), :beforeFrom,
				    :beforeTo, :afterFrom, :afterTo, :tb, :ta, :cb, :ca, :bb, :ba, :longRun, :longRunFrom, :did, :low,
				    :high, :wdq, :verdict, cast(:warnings as text[]), :method, :by, :at)
				""")
			.params(p)
			.update();
	}

	/** An intervention's evaluations, newest first. */
	List<StoredEvaluation> ofIntervention(InterventionId intervention) {
		return jdbc.sql("select * from effect_evaluation where intervention_id = :id order by created_at desc")
			.param("id", intervention.value())
			.query(Evaluations::evaluation)
			.list();
	}

	/** The evaluations of several interventions in one read, each intervention's newest first. */
	Map<InterventionId, List<StoredEvaluation>> ofInterventions(Collection<InterventionId> interventions) {
		Map<InterventionId, List<StoredEvaluation>> byIntervention = new HashMap<>();
		if (!interventions.isEmpty()) {
			jdbc.sql("select * from effect_evaluation where intervention_id in (:ids) order by created_at desc")
				.param("ids", interventions.stream().map(InterventionId::value).distinct().toList())
				.query(Evaluations::evaluation)
				.list()
				.forEach(e -> byIntervention.computeIfAbsent(e.intervention(), i -> new ArrayList<>()).add(e));
		}
		return byIntervention;
	}

	private static StoredEvaluation evaluation(ResultSet rs, int row) throws SQLException {
		Integer buffer = (Integer) rs.getObject("buffer_metres");
		return new StoredEvaluation(rs.getObject("id", UUID.class),
				new InterventionId(rs.getObject("intervention_id", UUID.class)),
				new StoredEvaluation.Request(new AreaId(rs.getObject("target_area", UUID.class)),
						new AreaId(rs.getObject("control_area", UUID.class)), buffer,
						SqlArrays.list(rs.getArray("categories"), s -> s),
						rs.getObject("before_from", LocalDate.class), rs.getObject("before_to", LocalDate.class),
						rs.getObject("after_from", LocalDate.class), rs.getObject("after_to", LocalDate.class)),
				rs.getLong("target_before"), rs.getLong("target_after"), rs.getLong("control_before"),
				rs.getLong("control_after"), (Long) rs.getObject("buffer_before"), (Long) rs.getObject("buffer_after"),
				rs.getLong("long_run_count"), rs.getObject("long_run_from", LocalDate.class),
				rs.getInt("method_version"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
