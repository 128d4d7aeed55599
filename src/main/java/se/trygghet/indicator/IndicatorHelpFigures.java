package se.trygghet.indicator;

import java.util.Map;
import org.springframework.stereotype.Component;
import se.trygghet.help.HelpFigures;

/**
 * The numbers of the verdict rule and of disclosure control that the help pages quote (topics verdicts, disclosure):
 * the rule's constants, and the minimums this installation's {@link DisclosureControl} was configured with.
 */
@Component
class IndicatorHelpFigures implements HelpFigures {

	private final DisclosureControl disclosure;

	IndicatorHelpFigures(DisclosureControl disclosure) {
		this.disclosure = disclosure;
	}

	@Override
	public Map<String, Object> figures() {
		return Map.of("verdict.share-points", VerdictRule.SHARE_POINTS,
				"verdict.survey-points", VerdictRule.SURVEY_POINTS,
				"verdict.relative-percent", VerdictRule.RELATIVE_PERCENT,
				"verdict.window", IndicatorDefinitions.DEFAULT_VERDICT_WINDOW,
				"disclosure.min-count", disclosure.minCount(),
				"disclosure.min-respondents", disclosure.minRespondents());
	}

}
