package se.trygghet.collaboration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.PartnerBindings;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;

/**
 * A partner's start page: the forums its organisation is a member of (what {@link PartnerForums} lets it read), and
 * the way to the problems and interventions shared with it. Nothing for staff: their forums are in the menu.
 */
@Component
class PartnerStartSections implements StartSections {

	private final PartnerBindings partners;

	private final JdbcClient jdbc;

	PartnerStartSections(PartnerBindings partners, JdbcClient jdbc) {
		this.partners = partners;
		this.jdbc = jdbc;
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		if (!user.has(Role.PARTNER)) {
			return List.of();
		}
		Optional<UUID> actor = partners.actorOf(user.id());
		if (actor.isEmpty()) {
			return List.of(Section.of(Place.PARTNER_SHARED, "partner", Text.of("start.partner.title"), List.of(),
					Text.of("start.partner.noActor")));
		}
		List<Item> forums = jdbc.sql("""
				select f.id, f.name from forum f join forum_member m on m.forum_id = f.id
				 where m.actor_id = :a and m.member_until is null order by f.name
				""")
			.param("a", actor.get())
			.query((rs, n) -> Item.of(rs.getString(2), "/forums/" + rs.getObject(1, UUID.class)))
			.list();
		return List.of(Section.of(Place.PARTNER_SHARED, "partner", Text.of("start.partner.title"), forums,
				Text.of("start.partner.noForums"))
			.withSummary(List.of(Text.of("start.partner.lead")))
			.withLinks(List.of(new Link(Text.of("nav.forums"), "/forums"),
					new Link(Text.of("nav.problems"), "/problems"))));
	}

}
