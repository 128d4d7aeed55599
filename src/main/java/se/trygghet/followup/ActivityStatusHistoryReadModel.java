package se.trygghet.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;

/** SQL read model behind {@link ActivityStatusHistory}: one query for any number of activities. */
@Component
class ActivityStatusHistoryReadModel implements ActivityStatusHistory {

	private final JdbcClient jdbc;

	ActivityStatusHistoryReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<ActivityId, List<RoundStatus>> of(Collection<ActivityId> activities) {
		Map<ActivityId, List<RoundStatus>> history = new LinkedHashMap<>();
		activities.forEach(a -> history.put(a, new ArrayList<>()));
		if (activities.isEmpty()) {
			return history;
		}
		jdbc.sql("""
				select rep.activity_id, r.id, r.title, r.period, r.state, rep.activity_number, rep.state as report_state,
				       rep.status, rep.status_reason
				  from report rep join reporting_round r on r.id = rep.round_id
				 where rep.activity_id in (:ids) and rep.kind = 'ACTIVITY_REPORT' and r.state <> 'DRAFT'
				 order by r.opens_on, r.period
				""").param("ids", activities.stream().map(ActivityId::value).distinct().toList()).query(rs -> {
			String status = rs.getString("status");
			ActivityStatus activityStatus = status == null ? null : ActivityStatus.valueOf(status);
			history.computeIfAbsent(new ActivityId(rs.getObject("activity_id", UUID.class)), a -> new ArrayList<>())
				.add(new RoundStatus(new RoundId(rs.getObject("id", UUID.class)), rs.getString("title"),
						rs.getString("period"), RoundState.valueOf(rs.getString("state")),
						ActivityNumber.parse(rs.getString("activity_number")),
						ReportState.valueOf(rs.getString("report_state")), activityStatus,
						ActivityStatus.reasonKept(activityStatus, rs.getString("status_reason"))));
		});
		return history;
	}

}
