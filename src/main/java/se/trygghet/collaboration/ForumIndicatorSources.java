package se.trygghet.collaboration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.indicator.Period;
import se.trygghet.indicator.PlatformIndicatorSource;

/**
 * The focus-area-6 indicators this module measures. Forums work for the whole municipality, so they are measured
 * for the municipality only: a smaller area has no forums of its own and is not measured (no row, not zero).
 */
final class ForumIndicatorSources {

	static final String FORUM_ACTORS = "forum-actors";

	static final String SATISFACTION_PROCESS = "forum-satisfaction-process";

	static final String SATISFACTION_RESULT = "forum-satisfaction-result";

	private ForumIndicatorSources() {
	}

	private static boolean wholeMunicipality(AreaCatalog areas, AreaId area) {
		return areas.area(area).map(a -> a.level() == AreaLevel.KOMMUN).orElse(false);
	}

	/**
	 * "Antal olika aktörer som deltar i olika forum och möten": the distinct organisations taking part in the forums
	 * in the period, each counted once however many forums it belongs to and meetings it attended. Taking part is being
	 * a member of a forum for any part of the period, or attending one of its meetings. Authorities, business and civil
	 * society count alike, and so do the municipality's own committees (Trygghetsrådet is the presidia of four of them
	 * and the police). The platform has data from the first recorded membership or meeting; a year before that has no
	 * value.
	 */
	@Component
	static class ForumActors implements PlatformIndicatorSource {

		private final JdbcClient jdbc;

		private final AreaCatalog areas;

		ForumActors(JdbcClient jdbc, AreaCatalog areas) {
			this.jdbc = jdbc;
			this.areas = areas;
		}

		@Override
		public String key() {
			return FORUM_ACTORS;
		}

		@Override
		public String name() {
			return "Aktörer som deltar i forum och möten";
		}

		@Override
		public Optional<LocalDate> firstData() {
			return Optional.ofNullable(jdbc.sql("""
					select least((select min(member_since) from forum_member), (select min(held_on) from meeting))
					""").query(LocalDate.class).single());
		}

		@Override
		public Reading read(Period period, AreaId area) {
			if (!wholeMunicipality(areas, area)) {
				return Reading.notMeasured();
			}
			return Reading.count(taking(jdbc, period.start(), period.end()));
		}

		@Override
		public boolean includesDemoData() {
			return jdbc.sql("select exists (select 1 from meeting where demo) or exists (select 1 from forum where demo)")
				.query(Boolean.class)
				.single();
		}

		/** The distinct actors and committees that were members, or attended a meeting, from one day to before another. */
		static long taking(JdbcClient jdbc, LocalDate from, LocalDate until) {
			return jdbc.sql("""
					select count(*) from (
					  select coalesce(actor_id, committee_id) from forum_member
					   where member_since < :until and (member_until is null or member_until > :from)
					  union
					  select coalesce(a.actor_id, a.committee_id) from meeting_attendance a
					    join meeting m on m.id = a.meeting_id
					   where m.held_on >= :from and m.held_on < :until
					) taking
					""")
				.param("from", from).param("until", until)
				.query(Long.class)
				.single();
		}

	}

	/**
	 * A satisfaction indicator: the pooled answers of the year's forum surveys, as an index 0–100. Only a year with
	 * answers has a value; a year with fewer than {@value Satisfaction#MIN_ANSWERS} answers is withheld (stored with
	 * how many answered, so the public's own minimum applies too), and a year without answers has none.
	 */
	abstract static class SatisfactionSource implements PlatformIndicatorSource {

		private final Surveys surveys;

		private final AreaCatalog areas;

		private final Surveys.Question question;

		private final JdbcClient jdbc;

		SatisfactionSource(Surveys surveys, AreaCatalog areas, Surveys.Question question, JdbcClient jdbc) {
			this.surveys = surveys;
			this.areas = areas;
			this.question = question;
			this.jdbc = jdbc;
		}

		@Override
		public boolean includesDemoData() {
			return jdbc.sql("select exists (select 1 from survey where demo)").query(Boolean.class).single();
		}

		/** The first of January of the first year any survey was answered. */
		@Override
		public Optional<LocalDate> firstData() {
			return Optional.ofNullable(jdbc.sql("""
					select min(s.year) from survey s where exists (select 1 from survey_answer a where a.survey_id = s.id)
					""").query(Integer.class).single()).map(year -> LocalDate.of(year, 1, 1));
		}

		/** Surveys are yearly, so only a year is measured. */
		@Override
		public Reading read(Period period, AreaId area) {
			if (!period.isYear() || !wholeMunicipality(areas, area)) {
				return Reading.notMeasured();
			}
			Satisfaction pooled = surveys.pooled(period.year(), question);
			int answers = Math.toIntExact(pooled.n());
			if (answers == 0) {
				return Reading.noData();
			}
			OptionalDouble index = pooled.index();
			return index.isPresent() ? Reading.value(BigDecimal.valueOf(index.getAsDouble()), answers)
					: Reading.withheld(answers);
		}

	}

	/** "Nöjdhet gällande processen för samarbetet". */
	@Component
	static class ProcessSatisfaction extends SatisfactionSource {

		ProcessSatisfaction(Surveys surveys, AreaCatalog areas, JdbcClient jdbc) {
			super(surveys, areas, Surveys.Question.PROCESS, jdbc);
		}

		@Override
		public String key() {
			return SATISFACTION_PROCESS;
		}

		@Override
		public String name() {
			return "Nöjdhet med processen för samarbetet (forumenkät)";
		}

	}

	/** "Nöjdhet gällande resultatet/effekten av samarbetet". */
	@Component
	static class ResultSatisfaction extends SatisfactionSource {

		ResultSatisfaction(Surveys surveys, AreaCatalog areas, JdbcClient jdbc) {
			super(surveys, areas, Surveys.Question.RESULT, jdbc);
		}

		@Override
		public String key() {
			return SATISFACTION_RESULT;
		}

		@Override
		public String name() {
			return "Nöjdhet med resultatet av samarbetet (forumenkät)";
		}

	}

}
