package se.trygghet.identity;

import java.util.List;
import org.springframework.stereotype.Component;

/** An admin's start page keeps the way to the administration: users, the audit log, the mail outbox, plan import. */
@Component
class AdminStartSections implements StartSections {

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			return List.of();
		}
		return List.of(Section.of(Place.ADMIN, "admin", Text.of("start.admin"),
				List.of(Item.of(Text.of("nav.users"), "/admin/users"), Item.of(Text.of("nav.audit"), "/audit"),
						Item.of(Text.of("nav.outbox"), "/admin/outbox"), Item.of(Text.of("nav.import"), "/plans/import")),
				Text.of("start.nothing")));
	}

}
