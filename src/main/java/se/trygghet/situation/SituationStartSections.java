package se.trygghet.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;
import se.trygghet.incident.IncidentReporting;

/**
 * The lägesbild on the start pages. An analyst sees the last complete week's flags and largest changes (what
 * {@link SituationHighlights} gives a meeting agenda) and the hot spots of that week against the week before, both
 * read from the cached situation picture and hot-spot analysis the situation pages use (nothing is counted for the
 * start page alone); a council member (viewer) the latest joint lägesbild.
 */
@Component
class SituationStartSections implements StartSections {


	/** The hot-spot page's own default cell, so that the link shows the same analysis. */
	static final int CELL = 250;

	private final SituationHighlights highlights;

	private final HotSpots hotSpots;

	private final IncidentReporting reporting;

	private final JointPictureCatalog jointPictures;

	private final Clock clock;

	SituationStartSections(SituationHighlights highlights, HotSpots hotSpots, IncidentReporting reporting,
			JointPictureCatalog jointPictures, Clock clock) {
		this.highlights = highlights;
		this.hotSpots = hotSpots;
		this.reporting = reporting;
		this.jointPictures = jointPictures;
		this.clock = clock;
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		List<Section> sections = new ArrayList<>();
		if (user.has(Role.ANALYST)) {
			sections.add(week());
			sections.add(hotSpots());
		}
		if (user.has(Role.VIEWER)) {
			sections.add(jointPicture());
		}
		return sections;
	}

	private Section week() {
		SituationHighlights.Week week = highlights.lastCompleteWeek(SHOWN);
		String href = "/situation?period=" + week.week();
		long flagged = week.largestChanges().stream().filter(SituationHighlights.Change::flagged).count();
		List<Item> items = week.largestChanges()
			.stream()
			.map(c -> {
				Item item = Item.of(c.area() + " – " + c.category(), href)
					.withNote(Text.of("start.week.count", c.count(), c.earlierMean()));
				return c.flagged() ? item.withBadge(Text.of("start.week.flagged")) : item;
			})
			.toList();
		return Section.of(Place.ANALYST_WEEK, "week", Text.of("start.week.title", week.week()), items,
				Text.of("start.week.none"))
			.withSummary(List.of(Text.of("start.week.total", week.total(), week.earlierMean()),
					flagged == 0 ? Text.of("start.week.noFlags") : Text.of("start.week.flags", flagged)))
			.withLinks(List.of(new Link(Text.of("start.week.open"), href)));
	}

	/** The hot spots of the last complete week, and those that were not hot the week before. */
	private Section hotSpots() {
		SituationPeriod week = SituationPeriod.weekOf(LocalDate.now(clock).minusWeeks(1));
		String municipality = reporting.municipality();
		HotSpots.Analysis now = hotSpots.analysis(municipality,
				new HotSpots.Query(week.start(), week.end(), Set.of(), CELL));
		HotSpots.Analysis before = hotSpots.analysis(municipality,
				new HotSpots.Query(week.start().minusWeeks(1), week.start(), Set.of(), CELL));
		String href = "/situation/hotspots?from=" + week.start() + "&to=" + week.end();
		Set<GridCell> hotBefore = new HashSet<>();
		if (before.scores() != null) {
			before.significant().stream().filter(s -> s.bin() > 0).forEach(s -> hotBefore.add(s.cell()));
		}
		List<GetisOrd.CellStatistic> fresh = now.scores() == null ? List.of()
				: now.significant().stream().filter(s -> s.bin() > 0 && !hotBefore.contains(s.cell())).toList();
		List<GetisOrd.CellStatistic> shown = fresh.subList(0, Math.min(SHOWN, fresh.size()));
		Map<GridCell, String> names = hotSpots.areaNames(municipality, shown.stream().map(s -> s.cell()).toList(),
				CELL);
		List<Item> items = shown.stream()
			.map(s -> Item.of(names.getOrDefault(s.cell(), ""), href)
				.withNote(Text.of("start.hotspots.count", s.count()))
				.withBadge(Text.of("start.hotspots.new")))
			.toList();
		return Section.of(Place.ANALYST_HOTSPOTS, "hotspots", Text.of("start.hotspots.title", week.key()), items,
				Text.of("start.hotspots.none"))
			.withSummary(List.of(Text.of("start.hotspots.counts", now.hotSpots(), before.hotSpots())))
			.withLinks(List.of(new Link(Text.of("start.hotspots.open"), href)));
	}

	private Section jointPicture() {
		List<Item> items = jointPictures.latest()
			.map(p -> List.of(Item.of(Text.of("start.joint.item", String.valueOf(p.year())), p.href())
				.withBadge(Text.of(p.decided() ? "start.joint.decided" : "start.joint.draft"))))
			.orElse(List.of());
		return Section.of(Place.VIEWER_DOCUMENTS, "joint-picture", Text.of("start.joint.title"), items,
				Text.of("start.joint.none"));
	}

}
