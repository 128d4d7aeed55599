package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.trygghet.system.Refusal;

/** Reading what was typed into the search field: words, an activity number, and what cannot be searched. */
class SearchQueryTests {

	@Test
	void makesEveryWordAPrefixOfItsStemAndNothingElseReachesTheQuery() {
		SearchQuery query = SearchQuery.parse("  Otrygga & platser | !:* <-> 'x'  ");
		assertThat(query.words()).containsExactly("otrygga", "platser", "x");
		assertThat(query.tsQuery()).isEqualTo("otrygga:* & platser:* & x:*");
		assertThat(query.text()).isEqualTo("Otrygga & platser | !:* <-> 'x'");
	}

	@Test
	void readsAnActivityNumberApartFromTheWords() {
		SearchQuery query = SearchQuery.parse("aktivitet 4.5");
		assertThat(query.number()).contains("4.5");
		assertThat(query.words()).containsExactly("aktivitet");
		assertThat(SearchQuery.parse("04,5").number()).contains("4.5");
		assertThat(SearchQuery.parse("4.5").words()).isEmpty();
		assertThat(SearchQuery.parse("4.5").matches("doc")).isEqualTo("false");
		assertThat(SearchQuery.parse("2021.1.2").number()).isEmpty();
	}

	@Test
	void refusesAQueryThatIsEmptyTooLongOrWithoutAWord() {
		assertThatThrownBy(() -> SearchQuery.parse(null)).isInstanceOf(Refusal.class).hasMessageContaining("search.empty");
		assertThatThrownBy(() -> SearchQuery.parse("   ")).isInstanceOf(Refusal.class).hasMessageContaining("search.empty");
		assertThatThrownBy(() -> SearchQuery.parse("a".repeat(201))).isInstanceOf(Refusal.class)
			.hasMessageContaining("search.tooLong");
		assertThat(SearchQuery.parse("a".repeat(200)).words()).hasSize(1);
		assertThatThrownBy(() -> SearchQuery.parse("?!&*")).isInstanceOf(Refusal.class)
			.hasMessageContaining("search.noWords");
	}

	@Test
	void takesAtMostTwelveWords() {
		assertThat(SearchQuery.parse("a b c d e f g h i j k l m n o").words()).hasSize(12);
	}

}
