package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.trygghet.area.AreaId;

class PlatformSourcesTests {

	/** A module that counts reports of unsafe places, as the resident report module will. */
	record CountingReports(String key, long perArea) implements PlatformIndicatorSource {

		@Override
		public String name() {
			return "Rapporter (test)";
		}

		@Override
		public Optional<LocalDate> firstData() {
			return Optional.of(LocalDate.of(2020, 1, 1));
		}

		@Override
		public Reading read(Period period, AreaId area) {
			return Reading.count(perArea);
		}

	}

	@Test
	void listsTheKnownKeysAndWhichAreImplemented() {
		assertThat(new PlatformSources(List.of()).known()).extracting(PlatformSources.Known::key,
				PlatformSources.Known::implemented)
			.containsExactly(org.assertj.core.api.Assertions.tuple(PlatformSources.FORUM_ACTORS, false),
					org.assertj.core.api.Assertions.tuple(PlatformSources.FORUM_SATISFACTION_PROCESS, false),
					org.assertj.core.api.Assertions.tuple(PlatformSources.FORUM_SATISFACTION_RESULT, false),
					org.assertj.core.api.Assertions.tuple(PlatformSources.UNSAFE_PLACE_REPORTS, false));
		PlatformSources sources = new PlatformSources(List.of(new CountingReports(PlatformSources.UNSAFE_PLACE_REPORTS, 7)));
		assertThat(sources.known()).filteredOn(PlatformSources.Known::implemented)
			.extracting(PlatformSources.Known::key)
			.containsExactly(PlatformSources.UNSAFE_PLACE_REPORTS);
		assertThat(sources.source(PlatformSources.UNSAFE_PLACE_REPORTS).orElseThrow()
			.read(Period.year(2023), IndicatorFixtures.AREA)).isEqualTo(PlatformIndicatorSource.Reading.count(7));
		assertThat(sources.source(PlatformSources.FORUM_ACTORS)).isEmpty();
	}

	@Test
	void refusesAnImplementationOfAnUnknownKeyOrASecondOfTheSameKey() {
		assertThatThrownBy(() -> new PlatformSources(List.of(new CountingReports("otrygga", 1))))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new PlatformSources(List.of(new CountingReports(PlatformSources.FORUM_ACTORS, 1),
				new CountingReports(PlatformSources.FORUM_ACTORS, 2))))
			.isInstanceOf(IllegalStateException.class);
	}

}
