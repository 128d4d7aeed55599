package se.trygghet.plan;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.StartSections;

/**
 * A signed-in person's start page: the sections every module contributes for their roles ({@link StartSections}),
 * in the fixed order of {@link StartSections.Place}, so that a person with several roles sees the sections of each and
 * the plan module needs to know none of the modules above it.
 */
@Component
class StartPage {

	private final ObjectProvider<StartSections> contributors;

	StartPage(ObjectProvider<StartSections> contributors) {
		this.contributors = contributors;
	}

	List<StartSections.Section> sectionsFor(CurrentUser user) {
		return contributors.orderedStream()
			.flatMap(c -> c.sectionsFor(user).stream())
			.sorted(Comparator.comparing(StartSections.Section::place))
			.toList();
	}

}
