package se.trygghet.intervention;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;

/**
 * Feedback marked public, for the public site: what was said to whom about a problem. The problem's title is given
 * only when the problem itself is public; internal analysis stays internal.
 */
public interface PublicFeedback {

	/** Public feedback, newest first. */
	List<Note> published();

	record Note(LocalDate givenOn, String recipient, String channel, String summary, @Nullable AreaId area,
			@Nullable String problemTitle, boolean demo) {
	}

}
