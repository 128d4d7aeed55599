package se.trygghet.indicator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.indicator.IndicatorCatalog.Category;
import se.trygghet.indicator.IndicatorCatalog.Option;
import se.trygghet.system.Refusal;

/**
 * Administrators add categories to break values down by, beyond gender and age: funktionsnedsättning, födelseland,
 * and so on. A new category gets a {@value Breakdown#TOTAL_OPTION} option of its own; indicators are then given the
 * options their values have.
 */
@Service
class CategoryAdministration {

	static final int MAX_NAME = 100;

	private final Categories categories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CategoryAdministration(Categories categories, ApplicationEventPublisher events, Clock clock) {
		this.categories = categories;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	Category add(String key, String name, String nameEn, List<Option> options) {
		check(key, name, nameEn, options);
		String category = key.strip();
		List<Option> all = new ArrayList<>();
		all.add(new Option(Breakdown.TOTAL_OPTION, "Totalt", "Total"));
		for (Option option : options) {
			all.add(new Option(option.key(), option.name().strip(), option.nameEn().strip()));
		}
		Category added = new Category(category, name.strip(), nameEn.strip(), false, all);
		categories.insert(added, clock.instant());
		events.publishEvent(new IndicatorEvents.CategoryAdded(category, added.name(),
				all.stream().skip(1).map(Option::key).toList()));
		return added;
	}

	/**
	 * Refuses a new category with every problem it has at once, each on its field, so that the form shows them all
	 * rather than one more after each sending.
	 */
	@Transactional(readOnly = true)
	void check(String key, String name, String nameEn, List<Option> options) {
		List<Refusal.Problem> problems = new ArrayList<>();
		String category = key.strip();
		if (!Breakdown.NAME.matcher(category).matches()) {
			problems.add(problem("key", "indicator.category.key.invalid", category));
		}
		else if (categories.exists(category)) {
			problems.add(problem("key", "indicator.category.key.taken", category));
		}
		checkName(problems, "name", name);
		checkName(problems, "nameEn", nameEn);
		if (options.isEmpty()) {
			problems.add(problem("options", "indicator.category.options.missing"));
		}
		Set<String> seen = new HashSet<>();
		for (Option option : options) {
			if (!Breakdown.NAME.matcher(option.key()).matches() || Breakdown.TOTAL_OPTION.equals(option.key())) {
				problems.add(problem("options", "indicator.category.option.invalid", option.key()));
			}
			else if (!seen.add(option.key())) {
				problems.add(problem("options", "indicator.category.option.duplicate", option.key()));
			}
			checkName(problems, "options", option.name());
			checkName(problems, "options", option.nameEn());
		}
		if (!problems.isEmpty()) {
			// one message per kind of problem and field: ten options without an English name say it once
			throw Refusal.all(problems.stream().distinct().toList());
		}
	}

	private static void checkName(List<Refusal.Problem> problems, String field, String name) {
		if (name.isBlank() || name.strip().length() > MAX_NAME) {
			problems.add(problem(field, "indicator.category.name.invalid", String.valueOf(MAX_NAME)));
		}
	}

	private static Refusal.Problem problem(String field, String code, Object... args) {
		return new Refusal.Problem(field, code, List.of(args));
	}

}
