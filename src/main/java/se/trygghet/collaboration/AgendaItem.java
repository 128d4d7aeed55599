package se.trygghet.collaboration;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * One item on a meeting's agenda, kept as it was written. A {@code SITUATION} item is a snapshot of the lägesbild when
 * the meeting was prepared. New kinds (a prioritised problem from the intervention module, with its id as
 * {@code sourceRef}) are added here without changing the table.
 */
record AgendaItem(Kind kind, String title, @Nullable String body, @Nullable UUID sourceRef) {

	static final int MAX_TITLE = 300;

	enum Kind {

		/** A topic someone wrote. */
		TOPIC,
		/** The lägesbild's last complete week, copied in. */
		SITUATION

	}

	AgendaItem {
		title = title.strip();
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			throw Refusal.on("agenda", "collab.meeting.agenda.invalid");
		}
	}

	static AgendaItem topic(String title) {
		return new AgendaItem(Kind.TOPIC, title, null, null);
	}

}
