package se.trygghet.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	StartPage(ObjectProvider<StartSections> contributors, QueryPlans plans, MessageSource messages) {
		this.contributors = contributors;
		this.plans = plans;
		this.messages = messages;
	}

	/**
	 * The page as the person reads it, every message resolved in their language here, once: the template then only
	 * places text (a profile of the coordinator's page put 14 % of the node's samples in resolving messages
	 * expression by expression, most of it number formats built anew).
	 * <p>
	 * One read-only transaction for all sections (one connection, not one per query), on generic plans: the sections'
	 * queries are fixed statements asked for other users and committees ({@link QueryPlans}).
	 */
	@Transactional(readOnly = true)
	List<Shown> view(CurrentUser user, Locale locale) {
		plans.genericForThisTransaction();
		return contributors.orderedStream()
			.flatMap(c -> c.sectionsFor(user).stream())
			.sorted(Comparator.comparing(StartSections.Section::place))
			.map(section -> shown(section, locale))
			.toList();
	}

	private Shown shown(StartSections.Section section, Locale locale) {
		List<ShownItem> items = section.items()
			.stream()
			.map(item -> new ShownItem(item.label() != null ? item.label() : text(item.text(), locale), item.href(),
					item.badge() == null ? null : text(item.badge(), locale), item.figure(), item.deadline(),
					item.notes().stream().map(note -> text(note, locale)).toList()))
			.toList();
		return new Shown(section.id(), text(section.title(), locale),
				section.summary().stream().map(line -> text(line, locale)).toList(),
				items.isEmpty() ? text(section.empty(), locale) : null, items,
				section.links().stream().map(link -> new ShownLink(text(link.text(), locale), link.href())).toList());
	}

	private String text(StartSections.@Nullable Text text, Locale locale) {
		return text == null ? "" : messages.getMessage(text.key(), text.argArray(), locale);
	}

	/** A section as read: {@code empty} says that nothing waits, and is there only when {@code items} is empty. */
	public record Shown(String id, String title, List<String> summary, @Nullable String empty, List<ShownItem> items,
			List<ShownLink> links) {
	}

	/** One item as read: its text (the data as written, or a message), where it is handled, and what is known of it. */
	public record ShownItem(String text, String href, @Nullable String badge, @Nullable String figure,
			@Nullable LocalDate deadline, List<String> notes) {
	}

	/** A link under a section. */
	public record ShownLink(String text, String href) {
	}

}
