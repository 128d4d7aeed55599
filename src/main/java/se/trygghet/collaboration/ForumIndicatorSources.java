package se.trygghet.collaboration;

import java.time.LocalDate;
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
 * for the municipality only: a smaller area has no forums of its own and gets nothing (zero actors, no satisfaction).
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
	 * "Antal olika aktörer som deltar i olika forum och möten": the distinct actors present at any forum's meeting in
	 * the period, each counted once however many meetings and forums it attended. Committees are the municipality's
	 * own and not actors, so they do not count.
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
		public long count(Period period, AreaId area) {
			if (!wholeMunicipality(areas, area)) {
				return 0;
			}
			return distinctActors(jdbc, period.start(), period.end());
		}

		/** A smaller area has no forums of its own, so it has no value rather than a misleading zero. */
		@Override
		public OptionalDouble value(Period period, AreaId area) {
			return wholeMunicipality(areas, area) ? OptionalDouble.of(count(period, area)) : OptionalDouble.empty();
		}

		@Override
		public boolean includesDemoData() {
			return jdbc.sql("select exists (select 1 from meeting where demo)").query(Boolean.class).single();
		}

		static long distinctActors(JdbcClient jdbc, LocalDate from, LocalDate until) {
			return jdbc.sql("""
					select count(distinct a.actor_id) from meeting_attendance a join meeting m on m.id = a.meeting_id
					 where a.actor_id is not null and m.held_on >= :from and m.held_on < :until
					""")
				.param("from", from).param("until", until)
				.query(Long.class)
				.single();
		}

	}

	/** A satisfaction indicator: the pooled answers of the year's forum surveys, as an index 0–100. */
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

		/** The number of answers, which the indicator's disclosure control also needs. */
		@Override
		public long count(Period period, AreaId area) {
			return period.isYear() && wholeMunicipality(areas, area) ? surveys.pooled(period.year(), question).n() : 0;
		}

		/** Surveys are yearly, so only a year has a value; fewer than five answers give none. */
		@Override
		public OptionalDouble value(Period period, AreaId area) {
			if (!period.isYear() || !wholeMunicipality(areas, area)) {
				return OptionalDouble.empty();
			}
			return surveys.pooled(period.year(), question).index();
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
