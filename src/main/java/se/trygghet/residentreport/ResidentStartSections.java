package se.trygghet.residentreport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;

/**
 * Residents' reports on the start pages: a coordinator sees the new ones, not yet received, which wait for moderation
 * before anything of them is public; a reporter the open cases routed to their committees, and no other committee's.
 */
@Component
class ResidentStartSections implements StartSections {


	private final JdbcClient jdbc;

	private final Clock clock;

	ResidentStartSections(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		List<Section> sections = new ArrayList<>();
		if (user.has(Role.COORDINATOR)) {
			sections.add(section(Place.COORDINATOR_RESIDENTS, "resident-moderation", "start.residents.moderation",
					"start.residents.moderation.none", "r.status = 'INKOMMEN'", null));
		}
		if (user.has(Role.COMMITTEE_REPORTER)) {
			sections.add(section(Place.REPORTER_RESIDENTS, "resident-cases", "start.residents.routed",
					"start.residents.routed.none", "r.status in ('INKOMMEN', 'MOTTAGEN', 'ATGARD_PAGAR') "
							+ "and r.committee_id = any(:committees)",
					user.committeeIds().toArray(UUID[]::new)));
		}
		return sections;
	}

	/** The newest cases first (what came in since one last looked), a count of all in the summary. */
	private Section section(Place place, String id, String title, String empty, String where,
			UUID @org.jspecify.annotations.Nullable [] committees) {
		var count = jdbc.sql("select count(*) from resident_report r where " + where);
		var rows = jdbc.sql("""
				select r.id, r.number, c.name_sv, r.status, r.reported_at, a.name, r.committee_name
				  from resident_report r join resident_category c on c.code = r.category
				  left join area a on a.id = r.area_id
				 where\s""" + where + " order by r.reported_at desc limit " + SHOWN);
		if (committees != null) {
			count = count.param("committees", committees);
			rows = rows.param("committees", committees);
		}
		int all = count.query(Integer.class).single();
		List<Item> items = rows.query((rs, n) -> {
			Item item = Item.of("#" + rs.getLong(2) + " " + rs.getString(3),
					"/resident-reports/" + rs.getObject(1, UUID.class))
				.withBadge(Text.of(ReportStatus.valueOf(rs.getString(4)).messageCode()))
				.withNote(Text.of("start.residents.reported",
						rs.getTimestamp(5).toInstant().atZone(clock.getZone()).toLocalDate().toString()));
			if (rs.getString(6) != null) {
				item = item.withNote(Text.of("start.residents.area", rs.getString(6)));
			}
			return rs.getString(7) == null ? item : item.withNote(Text.of("start.residents.committee", rs.getString(7)));
		}).list();
		return Section.of(place, id, Text.of(title), items, Text.of(empty))
			.withSummary(all == 0 ? List.of() : List.of(Text.of("start.residents.count", all)))
			.withLinks(List.of(new Link(Text.of("start.residents.all"), "/resident-reports")));
	}

}
