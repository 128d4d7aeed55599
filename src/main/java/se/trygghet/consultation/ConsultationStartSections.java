package se.trygghet.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;

/**
 * Consultations on the start pages: a coordinator sees each open consultation of a draft plan with the committees'
 * answers received (and how many comments await a reply), a reporter the open consultations their committees have
 * not yet answered. Counted as {@link Consultation.Progress} counts: a committee has answered once it submitted.
 */
@Component
class ConsultationStartSections implements StartSections {

	private final JdbcClient jdbc;

	private final Clock clock;

	ConsultationStartSections(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Answer(UUID consultation, String plan, LocalDate deadline, UUID committee, String name,
			@org.jspecify.annotations.Nullable LocalDate submitted, int unreplied) {
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		if (!user.hasAny(Role.COORDINATOR, Role.COMMITTEE_REPORTER)) {
			return List.of();
		}
		List<Answer> answers = jdbc.sql("""
				select c.id, c.plan_name, c.deadline, k.committee_id, k.name, k.submitted_at,
				       (select count(*) from consultation_comment m where m.consultation_id = c.id
				           and m.committee_id = k.committee_id and m.replied_at is null)
				  from consultation c join consultation_committee k on k.consultation_id = c.id
				 where c.closed_at is null order by c.deadline, k.name
				""")
			.query((rs, n) -> new Answer(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getObject(4, UUID.class), rs.getString(5),
					rs.getTimestamp(6) == null ? null
							: rs.getTimestamp(6).toInstant().atZone(clock.getZone()).toLocalDate(),
					rs.getInt(7)))
			.list();
		List<Section> sections = new ArrayList<>();
		if (user.has(Role.COORDINATOR)) {
			sections.add(received(answers));
		}
		if (user.has(Role.COMMITTEE_REPORTER)) {
			List<Item> toAnswer = answers.stream()
				.filter(a -> a.submitted() == null && user.reportsFor(a.committee()))
				.map(a -> Item.of(a.plan(), "/consultations/" + a.consultation() + "/committees/" + a.committee())
					.withDeadline(a.deadline())
					.withNote(Text.of("start.consultation.committee", a.name())))
				.toList();
			sections.add(Section.of(Place.REPORTER_CONSULTATION, "consultation-answer",
					Text.of("start.consultation.answer.title"), toAnswer, Text.of("start.consultation.answer.none")));
		}
		return sections;
	}

	private Section received(List<Answer> answers) {
		List<Text> summary = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		answers.stream().map(Answer::consultation).distinct().forEach(id -> {
			List<Answer> of = answers.stream().filter(a -> a.consultation().equals(id)).toList();
			long answered = of.stream().filter(a -> a.submitted() != null).count();
			summary.add(Text.of("start.consultation.progress", of.get(0).plan(), of.get(0).deadline().toString(),
					answered, of.size()));
			of.stream().filter(a -> a.submitted() != null).forEach(a -> {
				Item item = Item.of(a.name(), "/consultations/" + id + "/committees/" + a.committee())
					.withNote(Text.of("start.consultation.submitted", a.plan(), a.submitted().toString()));
				items.add(a.unreplied() == 0 ? item
						: item.withNote(Text.of("start.consultation.unreplied", a.unreplied())));
			});
		});
		return Section.of(Place.COORDINATOR_CONSULTATION, "consultation", Text.of("start.consultation.title"), items,
				Text.of(answers.isEmpty() ? "start.consultation.none" : "start.consultation.noAnswers"))
			.withSummary(summary)
			.withLinks(List.of(new Link(Text.of("start.consultation.all"), "/consultations")));
	}

}
