package se.trygghet.plan;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.StartSections;
import se.trygghet.system.QueryPlans;

/**
 * A signed-in person's start page: the sections every module contributes for their roles ({@link StartSections}),
 * in the fixed order of {@link StartSections.Place}, so that a person with several roles sees the sections of each and
 * the plan module needs to know none of the modules above it.
 */
@Component
class StartPage {

	private final ObjectProvider<StartSections> contributors;

	private final QueryPlans plans;

	StartPage(ObjectProvider<StartSections> contributors, QueryPlans plans) {
		this.contributors = contributors;
		this.plans = plans;
	}

	/**
	 * One read-only transaction for all sections (one connection, not one per query), on generic plans: the sections'
	 * queries are fixed statements asked for other users and committees ({@link QueryPlans}).
	 */
	@Transactional(readOnly = true)
	List<StartSections.Section> sectionsFor(CurrentUser user) {
		return contributors.orderedStream()
			.flatMap(c -> c.sectionsFor(user).stream())
			.sorted(Comparator.comparing(StartSections.Section::place))
			.toList();
	}

}
