package se.trygghet.indicator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.plan.IndicatorId;

/**
 * The log of imports of indicator values (files and Kolada), as other pages may show it, e.g. an indicator's import
 * history. Every run is logged, also one that was refused for problems or failed.
 */
public interface IndicatorImports {

	/** The runs that read values for this indicator, newest first (at most {@code limit}). */
	List<ImportRun> runsFor(IndicatorId indicator, int limit);

	/** The latest 20 runs that read values for this indicator, for its import history. */
	default List<ImportRun> runsFor(IndicatorId indicator) {
		return runsFor(indicator, 20);
	}

	/** Every run, newest first (at most {@code limit}). */
	List<ImportRun> recent(int limit);

	enum Kind {

		FILE, KOLADA

	}

	enum Trigger {

		NIGHTLY, MANUAL

	}

	enum State {

		RUNNING, SUCCEEDED, PARTLY_FAILED, FAILED, REFUSED;

		public String messageKey() {
			return "indicator.imports.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * One run: what it read ({@code fileName} for a file; {@code kpis}, municipality and years for Kolada), what it did
	 * and how many problems it had. {@code source} is the source its values were stored with (e.g. "Kolada").
	 */
	record ImportRun(UUID id, Kind kind, Trigger trigger, String startedBy, Instant startedAt,
			@Nullable Instant finishedAt, State state, @Nullable String fileName, List<String> kpis,
			@Nullable String municipality, @Nullable Integer fromYear, @Nullable Integer toYear, @Nullable String source,
			int rowsRead, int added, int changed, int unchanged, int missing, int problemCount,
			@Nullable String errorMessage, @Nullable Integer pages, @Nullable Integer requests,
			@Nullable Integer retries) {

		public ImportRun {
			kpis = List.copyOf(kpis);
		}

		/**
		 * Whether the run stored what it read (everything, or for a partly failed Kolada run the KPIs that worked), so
		 * that its counts say what it did; otherwise nothing was written.
		 */
		public boolean storedValues() {
			return state == State.SUCCEEDED || state == State.PARTLY_FAILED;
		}

		/** How long the run took, or null while it runs. */
		public @Nullable Duration duration() {
			return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
		}

		/** The duration in milliseconds, for pages. */
		public @Nullable Long durationMillis() {
			Duration duration = duration();
			return duration == null ? null : duration.toMillis();
		}

	}

}
