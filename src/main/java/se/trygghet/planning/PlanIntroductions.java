package se.trygghet.planning;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.plan.ActionPlanId;

/** Stores a plan's introduction, refusing to write over a newer version. */
@Repository
class PlanIntroductions {

	private final JdbcClient jdbc;

	PlanIntroductions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A plan's introduction; an empty text at version -1 when none has been written. */
	public record Introduction(String text, int version) {

		static final Introduction NONE = new Introduction("", -1);

	}

	Introduction find(ActionPlanId plan) {
		return jdbc.sql("select text, version from plan_introduction where plan_id = :p")
			.param("p", plan.value())
			.query((rs, n) -> new Introduction(rs.getString(1), rs.getInt(2)))
			.optional()
			.orElse(Introduction.NONE);
	}

	/** Writes the text over the version it was read at; false, and nothing written, when someone saved in between. */
	boolean save(ActionPlanId plan, int version, String text, String by, Instant at) {
		return (version < 0 ? jdbc.sql("""
				insert into plan_introduction (plan_id, text, updated_by, updated_at) values (:p, :text, :by, :at)
				on conflict do nothing
				""") : jdbc.sql("""
				update plan_introduction set text = :text, version = version + 1, updated_by = :by, updated_at = :at
				 where plan_id = :p and version = :version
				""").param("version", version))
			.param("p", plan.value())
			.param("text", text)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

}
