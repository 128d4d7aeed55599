package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghet.identity.StartSections.Item;
import se.trygghet.identity.StartSections.Place;
import se.trygghet.identity.StartSections.Section;
import se.trygghet.identity.StartSections.Text;

/** A start page's section always says what it is and what it shows when nothing waits. */
class StartSectionsTests {

	@Test
	void refusesASectionWithoutItsWordsForNothingWaiting() {
		assertThatThrownBy(() -> Section.of(Place.PLAN, "open-rounds", Text.of("start.rounds.title"), List.of(), null))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("nothing waiting");
	}

	@Test
	void refusesASectionWithoutATitle() {
		assertThatThrownBy(() -> Section.of(Place.PLAN, "open-rounds", null, List.of(), Text.of("start.rounds.none")))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("title");
	}

	@Test
	void keepsItsItemsAsTheyWereWhenTheCallersListChanges() {
		List<Item> items = new java.util.ArrayList<>(List.of(Item.of("4.5 Trygghetsvandringar", "/reports/1")));
		Section section = Section.of(Place.PLAN, "reports", Text.of("start.reports.title"), items,
				Text.of("start.reports.none"));
		items.clear();
		assertThat(section.items()).extracting(Item::label).containsExactly("4.5 Trygghetsvandringar");
	}

}
