package se.trygghet.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The platform's own sources an indicator can be counted from: the keys known here, each with the implementation a
 * module above provides (residentreport: unsafe-place reports; collaboration: forum actors and satisfaction). An
 * indicator of kind {@code PLATFORM} must name a known key, so a typing error is caught when the definitions are read,
 * not when the first count is due.
 */
@Component
class PlatformSources {

	/** Reports of unsafe places in public spaces (the resident report module). */
	static final String UNSAFE_PLACE_REPORTS = "unsafe-place-reports";

	/** Distinct actors taking part in the city's forums and meetings (the collaboration module). */
	static final String FORUM_ACTORS = "forum-actors";

	/** The pooled 1–5 answers of the forums' satisfaction surveys on the process, as an index 0–100 (collaboration). */
	static final String FORUM_SATISFACTION_PROCESS = "forum-satisfaction-process";

	/** As {@link #FORUM_SATISFACTION_PROCESS}, on the result or effect of the collaboration. */
	static final String FORUM_SATISFACTION_RESULT = "forum-satisfaction-result";

	private static final Map<String, String> KNOWN = Map.of(UNSAFE_PLACE_REPORTS, "Rapporter om otrygga platser",
			FORUM_ACTORS, "Aktörer som deltar i forum och möten", FORUM_SATISFACTION_PROCESS,
			"Nöjdhet med processen för samarbetet (forumenkät)", FORUM_SATISFACTION_RESULT,
			"Nöjdhet med resultatet av samarbetet (forumenkät)");

	private final Map<String, PlatformIndicatorSource> implemented = new LinkedHashMap<>();

	PlatformSources(List<PlatformIndicatorSource> sources) {
		for (PlatformIndicatorSource source : sources) {
			if (!KNOWN.containsKey(source.key())) {
				throw new IllegalStateException("Unknown platform source key " + source.key() + " (from "
						+ source.getClass().getName() + "); register it in PlatformSources");
			}
			if (implemented.putIfAbsent(source.key(), source) != null) {
				throw new IllegalStateException("Two implementations of the platform source " + source.key());
			}
		}
	}

	/** A known source and whether a module implements it yet. */
	public record Known(String key, String name, boolean implemented) {
	}

	List<Known> known() {
		return KNOWN.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new Known(e.getKey(), e.getValue(), implemented.containsKey(e.getKey())))
			.toList();
	}

	static boolean isKnown(@Nullable String key) {
		return key != null && KNOWN.containsKey(key);
	}

	Optional<PlatformIndicatorSource> source(String key) {
		return Optional.ofNullable(implemented.get(key));
	}

}
