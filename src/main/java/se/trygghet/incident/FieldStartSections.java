package se.trygghet.incident;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;

/**
 * A field reporter's start page: the way to report, and their own latest reports (the first few of what
 * {@link MyIncidents} shows the signed-in person). Only their own: field staff see no one else's incidents and no
 * internal page.
 */
@Component
class FieldStartSections implements StartSections {


	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MyIncidents incidents;

	FieldStartSections(MyIncidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		if (!user.has(Role.FIELD_REPORTER)) {
			return List.of();
		}
		List<Item> mine = incidents.list(SHOWN).stream().map(i -> {
			Item item = Item.of(i.category(), "/incidents/mine")
				.withNote(Text.of("start.field.when", MINUTE.format(i.occurredAt())));
			return i.area() == null ? item : item.withNote(Text.of("start.field.where", i.area()));
		}).toList();
		return List.of(Section.of(Place.FIELD_REPORTS, "field", Text.of("start.field.title"), mine,
				Text.of("start.field.none"))
			.withSummary(List.of(Text.of("start.field.lead")))
			.withLinks(List.of(new Link(Text.of("situation.incident.new"), "/incidents/new"),
					new Link(Text.of("situation.mine.title"), "/incidents/mine"))));
	}

}
