package se.trygghet.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.trygghet.system.Refusal;

class AgendaTests {

	@Test
	void takesOneTopicPerNonBlankLine() {
		assertThat(Meetings.topics("Lägesbild\n\n  \r\nMedborgarlöfte")).extracting(AgendaItem::title)
			.containsExactly("Lägesbild", "Medborgarlöfte");
	}

	@Test
	void refusesMoreTopicsThanAMeetingsAgendaHolds() {
		String lines = "Punkt\n".repeat(Meetings.MAX_TOPICS);
		assertThat(Meetings.topics(lines)).hasSize(Meetings.MAX_TOPICS);
		assertThatThrownBy(() -> Meetings.topics(lines + "En till")).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("agenda", "collab.meeting.agenda.tooMany"));
	}

}
