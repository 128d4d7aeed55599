package se.trygghet.indicator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;

/**
 * A council member's (viewer's) indicators on the start page: each indicator of the current plan with its latest
 * value and verdict, read as the indicator page reads them (the same cached summary per audience and revision through
 * {@link IndicatorPageModel}, the value in {@link IndicatorCharts#latestText}'s words), and the verdicts counted.
 */
@Component
class IndicatorStartSections implements StartSections {

	private final PlanCatalog plans;

	private final IndicatorPageModel pages;

	private final IndicatorRevision revision;

	private final CurrentUsers currentUsers;

	IndicatorStartSections(PlanCatalog plans, IndicatorPageModel pages, IndicatorRevision revision,
			CurrentUsers currentUsers) {
		this.plans = plans;
		this.pages = pages;
		this.revision = revision;
		this.currentUsers = currentUsers;
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		if (!user.has(Role.VIEWER)) {
			return List.of();
		}
		List<PlanCatalog.PlanRef> all = plans.plans();
		Optional<PlanCatalog.PlanOutline> outline = all.stream()
			.filter(p -> p.state() == PlanState.ADOPTED)
			.findFirst()
			.or(() -> all.stream().findFirst())
			.flatMap(p -> plans.outline(p.id()));
		List<Item> items = new ArrayList<>();
		Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
		outline.ifPresent(plan -> {
			Audience audience = Audiences.forPage(currentUsers);
			List<Long> now = revision.current();
			Locale locale = LocaleContextHolder.getLocale();
			plan.focusAreas().forEach(area -> area.indicators().forEach(i -> pages.summary(i.id(), audience, now)
				.ifPresent(summary -> {
					Verdict verdict = summary.assessment().verdict();
					verdicts.merge(verdict, 1, Integer::sum);
					String latest = IndicatorCharts.latestText(summary, locale);
					items.add(Item.of(area.number() + " " + summary.name(),
							IndicatorPageController.PATH + "/" + summary.id().value())
						.withFigure(latest)
						.withBadge(Text.of("start.indicators.verdict." + verdict.name())));
				})));
		});
		List<Text> summary = new ArrayList<>();
		verdicts.forEach((verdict, count) -> summary.add(Text.of("start.indicators.count." + verdict.name(), count)));
		return List.of(Section.of(Place.VIEWER_INDICATORS, "indicators", Text.of("start.indicators.title"), items,
				Text.of("start.indicators.none"))
			.withSummary(summary)
			.withLinks(List.of(new Link(Text.of("start.indicators.all"), IndicatorPageController.PATH))));
	}

}
