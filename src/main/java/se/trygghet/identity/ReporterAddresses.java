package se.trygghet.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The e-mail addresses of the active reporters bound to given committees, for notices about their work. */
@Component
public class ReporterAddresses {

	private final JdbcClient jdbc;

	ReporterAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> of(Collection<UUID> committees) {
		if (committees.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct u.email from app_user u
				  join app_user_committee c on c.user_id = u.id
				  join app_user_role r on r.user_id = u.id and r.role = 'COMMITTEE_REPORTER'
				 where c.committee_id in (:committees) and u.enabled and u.email is not null
				 order by u.email
				""")
			.param("committees", committees)
			.query(String.class)
			.list();
	}

}
