package se.trygghet.indicator;

import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.IndicatorReadings;

/**
 * How an indicator stands for the plan's activity page ({@code plan}'s {@link IndicatorReadings}): read exactly as the
 * indicator's own page reads it — the same summary for the same audience and revision through
 * {@link IndicatorPageModel}, the latest value written by {@link IndicatorCharts#latestText}, the verdict in the same
 * words — so the two pages never disagree.
 */
@Component
class PageReadings implements IndicatorReadings {

	private final IndicatorPageModel pages;

	private final IndicatorRevision revision;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	PageReadings(IndicatorPageModel pages, IndicatorRevision revision, CurrentUsers currentUsers,
			MessageSource messages) {
		this.pages = pages;
		this.revision = revision;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@Override
	public Optional<Reading> reading(IndicatorId indicator) {
		var locale = LocaleContextHolder.getLocale();
		return pages.summary(indicator, Audiences.forPage(currentUsers), revision.current()).map(summary -> {
			Verdict verdict = summary.assessment().verdict();
			return new Reading(
					Objects.requireNonNullElseGet(IndicatorCharts.latestText(summary, locale),
							() -> messages.getMessage("indicator.page.noValue", null, locale)),
					verdict.symbol(), messages.getMessage(verdict.messageKey(), null, locale));
		});
	}

}
