package se.trygghet.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Activities {

	private final JdbcClient jdbc;

	Activities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Activity> byNumber(ActionPlanId plan, ActivityNumber number) {
		record Row(UUID id, String text, String note, boolean confirmed, int version) {
		}
		return jdbc.sql("select * from activity where plan_id = :p and number = :n")
			.param("p", plan.value())
			.param("n", number.toString())
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("note"),
					rs.getBoolean("lead_confirmed"), rs.getInt("version")))
			.optional()
			.map(row -> {
				List<CommitteeId> committees = new ArrayList<>();
				List<CommitteeId> lead = new ArrayList<>();
				jdbc.sql("select committee_id, lead from activity_committee where activity_id = :a order by position")
					.param("a", row.id())
					.query(rs -> {
						CommitteeId committee = new CommitteeId(rs.getObject(1, UUID.class));
						committees.add(committee);
						if (rs.getBoolean(2)) {
							lead.add(committee);
						}
					});
				return new Activity(new ActivityId(row.id()), plan, number, row.text(),
						new ResponsibleCommittees(committees, lead.get(0)), row.confirmed(), row.note(), row.version());
			});
	}

	boolean exists(ActionPlanId plan, ActivityNumber number) {
		return jdbc.sql("select exists (select 1 from activity where plan_id = :p and number = :n)")
			.param("p", plan.value())
			.param("n", number.toString())
			.query(Boolean.class)
			.single();
	}

	void add(Activity activity, UUID focusAreaId) {
		jdbc.sql("""
				insert into activity (id, plan_id, focus_area_id, number, number_major, number_minor, text, note,
				                      lead_confirmed)
				values (:id, :plan, :area, :number, :major, :minor, :text, :note, :confirmed)
				""")
			.param("id", activity.id().value())
			.param("plan", activity.plan().value())
			.param("area", focusAreaId)
			.param("number", activity.number().toString())
			.param("major", activity.number().focusArea())
			.param("minor", activity.number().position())
			.param("text", activity.text())
			.param("note", activity.note())
			.param("confirmed", activity.leadConfirmed())
			.update();
		writeCommittees(activity);
	}

	/** Saves a revised activity unless someone else saved it first since it was read. */
	void save(Activity activity) {
		int updated = jdbc.sql("""
				update activity set text = :text, lead_confirmed = :confirmed, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", activity.id().value())
			.param("text", activity.text())
			.param("confirmed", activity.leadConfirmed())
			.param("version", activity.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Activity " + activity.number() + " was changed by someone else");
		}
		jdbc.sql("delete from activity_committee where activity_id = :a").param("a", activity.id().value()).update();
		writeCommittees(activity);
	}

	private void writeCommittees(Activity activity) {
		int position = 0;
		for (CommitteeId committee : activity.committees()) {
			jdbc.sql("""
					insert into activity_committee (activity_id, committee_id, position, lead)
					values (:a, :c, :position, :lead)
					""")
				.param("a", activity.id().value())
				.param("c", committee.value())
				.param("position", position++)
				.param("lead", activity.responsible().isLead(committee))
				.update();
		}
	}

}
