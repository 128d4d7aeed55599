package se.trygghet.indicator;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanEvents;

/**
 * When the next plan is drawn, each indicator it carries over is measured and judged as before: its setup is copied
 * (and may then be changed for the new plan alone). Its values need no copy: they are stored under the indicator's
 * series ({@code PlanLineage.seriesOf}), which the carried indicator shares. In the drafting transaction, so a draft
 * never exists without its setups.
 */
@Component
class CarriedSetups {

	private final JdbcClient jdbc;

	CarriedSetups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(PlanEvents.PlanDrafted drafted) {
		for (Map.Entry<IndicatorId, IndicatorId> carried : drafted.indicators().entrySet()) {
			int copied = jdbc.sql("""
					insert into indicator_setup (indicator_id, plan_id, kind, measure, numerator, denominator, factor,
					       platform_source, baseline_period, baseline_value, target_value, target_year, suppression,
					       verdict_window, method_notes, updated_at)
					select :to, :plan, kind, measure, numerator, denominator, factor, platform_source, baseline_period,
					       baseline_value, target_value, target_year, suppression, verdict_window, method_notes, updated_at
					  from indicator_setup where indicator_id = :from
					""")
				.param("to", carried.getValue().value())
				.param("plan", drafted.plan().value())
				.param("from", carried.getKey().value())
				.update();
			if (copied > 0) {
				jdbc.sql("""
						insert into indicator_setup_option (indicator_id, category_key, option_key)
						select :to, category_key, option_key from indicator_setup_option where indicator_id = :from
						""").param("to", carried.getValue().value()).param("from", carried.getKey().value()).update();
			}
		}
	}

}
