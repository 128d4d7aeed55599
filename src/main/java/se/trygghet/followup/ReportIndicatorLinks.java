package se.trygghet.followup;

import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityIndicatorLinks;
import se.trygghet.plan.IndicatorId;

/**
 * The indicators the follow-up reports link, for the plan's activity–indicator chain ({@code plan}'s
 * {@link ActivityIndicatorLinks}): a report or contribution a committee has sent (not a draft) ties each indicator it
 * links to its activity, named by its round.
 */
@Component
class ReportIndicatorLinks implements ActivityIndicatorLinks {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ReportIndicatorLinks(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Link> forActivity(ActivityId activity) {
		return links("r.activity_id = :id", activity.value());
	}

	@Override
	public List<Link> forIndicator(IndicatorId indicator) {
		return links("i.indicator_id = :id", indicator.value());
	}

	private List<Link> links(String condition, UUID id) {
		var locale = LocaleContextHolder.getLocale();
		return jdbc.sql("""
				select distinct r.activity_id, i.indicator_id, g.title, g.period
				  from report r
				  join reporting_round g on g.id = r.round_id
				 cross join lateral unnest(r.indicator_ids) as i (indicator_id)
				 where r.state <> 'DRAFT' and %s
				 order by g.period, g.title
				""".formatted(condition))
			.param("id", id)
			.query((rs, n) -> new Link(new ActivityId(rs.getObject(1, UUID.class)),
					new IndicatorId(rs.getObject(2, UUID.class)),
					messages.getMessage("followup.indicatorLink.by", new Object[] { rs.getString(3) }, locale)))
			.list();
	}

}
