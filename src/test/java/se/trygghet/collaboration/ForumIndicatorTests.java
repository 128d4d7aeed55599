package se.trygghet.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.indicator.Audience;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCatalog.SuppressionReason;
import se.trygghet.indicator.IndicatorTestAccess;
import se.trygghet.indicator.MeasurementStatus;

/** Focus area 6's indicators as the platform stores them from forums, members, meetings and surveys. */
@PlatformIntegrationTest
class ForumIndicatorTests {

	static final String ACTORS = "Antal olika aktörer som deltar i olika forum och möten";

	static final String PROCESS = "Nöjdhet gällande processen för samarbetet";

	@Autowired
	IndicatorTestAccess indicators;

	@Autowired
	Forums forums;

	@Autowired
	Surveys surveys;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void countsTrygghetsradetsMembersAsActorsTakingPartFromTheCouncilsStart() {
		indicators.refreshPlatformIndicators();
		// no forum met in 2022, and only Trygghetsrådet (formed in April 2021, as the plan says) had members then:
		// Kommunstyrelsen, Polisen and three committees' presidia, each an organisation taking part
		Point year2022 = indicators.platformValue(ACTORS, 2022, Audience.INTERNAL).orElseThrow();
		assertThat(year2022.value()).isEqualByComparingTo("5");
		Point thisYear = indicators.platformValue(ACTORS, LocalDate.now().getYear(), Audience.INTERNAL).orElseThrow();
		assertThat(thisYear.value()).isGreaterThanOrEqualTo(java.math.BigDecimal.valueOf(5));
		assertThat(thisYear.status()).isEqualTo(MeasurementStatus.PRELIMINARY);
	}

	@Test
	void withholdsAYearWithTooFewSurveyAnswersAndLeavesAYearWithoutAnswersMissing() {
		TestUsers.signIn(Role.COORDINATOR);
		ForumId forum = forums.create("Nöjdhet över åren " + UUID.randomUUID(), null, null);
		String few = openSurvey(forum, 2022);
		String enough = openSurvey(forum, 2023);
		TestUsers.signOut();
		for (int i = 0; i < 3; i++) {
			surveys.answer(few, 4, 4);
		}
		for (int i = 0; i < 6; i++) {
			surveys.answer(enough, 5, 3);
		}

		indicators.refreshPlatformIndicators();

		Point withheld = indicators.platformValue(PROCESS, 2022, Audience.INTERNAL).orElseThrow();
		assertThat(withheld.status()).isEqualTo(MeasurementStatus.SUPPRESSED);
		assertThat(withheld.value()).isNull();
		assertThat(withheld.respondents()).isEqualTo(3);
		Point shown = indicators.platformValue(PROCESS, 2023, Audience.INTERNAL).orElseThrow();
		assertThat(shown.value()).isEqualByComparingTo("100");
		assertThat(shown.respondents()).isEqualTo(6);
		// six answers are enough for staff but fewer than the public's minimum number of respondents
		Point forThePublic = indicators.platformValue(PROCESS, 2023, Audience.PUBLIC).orElseThrow();
		assertThat(forThePublic.value()).isNull();
		assertThat(forThePublic.suppressed()).isEqualTo(SuppressionReason.FEW_RESPONDENTS);
		Point noSurvey = indicators.platformValue(PROCESS, 2021, Audience.INTERNAL).orElseThrow();
		assertThat(noSurvey.status()).isEqualTo(MeasurementStatus.MISSING);
	}

	private String openSurvey(ForumId forum, int year) {
		SurveyId survey = surveys.create(forum, year);
		surveys.move(survey, 0, Surveys.State.OPEN);
		return surveys.get(survey).token();
	}

}
