package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.indicator.IndicatorCatalog.Category;
import se.trygghet.indicator.IndicatorCatalog.Option;
import se.trygghet.system.Refusal;

@PlatformIntegrationTest
class CategoryAdministrationTests {

	@Autowired
	CategoryAdministration administration;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void seedsGenderAndAgeWithTheirTotals() {
		assertThat(catalog.categories()).extracting(Category::key).startsWith("kon", "alder", "valdistrikt");
		assertThat(catalog.categories().get(0).options()).extracting(Option::key)
			.containsExactly("total", "kvinnor", "man", "flickor", "pojkar");
		assertThat(catalog.categories().get(1).options()).extracting(Option::key)
			.containsExactly("total", "0-15", "16-19", "20-24", "25-44", "45-64", "65plus");
	}

	@Test
	void letsAnAdministratorAddACategoryWithATotalOfItsOwn() {
		TestUsers.signIn(Role.ADMIN);
		administration.add("funktionsnedsattning", "Funktionsnedsättning", "Disability",
				List.of(new Option("med", "Med funktionsnedsättning", "With disability"),
						new Option("utan", "Utan funktionsnedsättning", "Without disability")));
		Category added = catalog.categories()
			.stream()
			.filter(c -> c.key().equals("funktionsnedsattning"))
			.findFirst()
			.orElseThrow();
		assertThat(added.builtIn()).isFalse();
		assertThat(added.options()).extracting(Option::key).containsExactly("total", "med", "utan");
		assertThatThrownBy(() -> administration.add("funktionsnedsattning", "Igen", "Again",
				List.of(new Option("x", "X", "X"))))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.code()).isEqualTo("indicator.category.key.taken"));
	}

	@Test
	void refusesBadKeysAndLetsNobodyButAdministratorsAdd() {
		TestUsers.signIn(Role.ADMIN);
		assertThatThrownBy(() -> administration.add("Födelseland", "Födelseland", "Country of birth",
				List.of(new Option("sverige", "Sverige", "Sweden"))))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.field()).isEqualTo("key"));
		assertThatThrownBy(() -> administration.add("fodelseland", "Födelseland", "Country of birth",
				List.of(new Option("total", "Alla", "All"))))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.field()).isEqualTo("options"));
		TestUsers.signIn(Role.COORDINATOR);
		assertThatThrownBy(() -> administration.add("fodelseland", "Födelseland", "Country of birth",
				List.of(new Option("sverige", "Sverige", "Sweden"))))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void refusesACategoryWithEveryProblemAtOnceEachOnItsField() throws Exception {
		TestUsers.signIn(Role.ADMIN);
		assertThatThrownBy(() -> administration.add("kon", " ", "",
				List.of(new Option("a", "A", ""), new Option("a", "A", "A"))))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.problems())
				.extracting(Refusal.Problem::field, Refusal.Problem::code)
				.containsExactly(tuple("key", "indicator.category.key.taken"),
						tuple("name", "indicator.category.name.invalid"),
						tuple("nameEn", "indicator.category.name.invalid"),
						tuple("options", "indicator.category.name.invalid"),
						tuple("options", "indicator.category.option.duplicate")));
		TestUsers.signOut();
		// the page shows them all beside their fields, and with a malformed option line the rest is checked too
		mvc.perform(post("/admin/indicator-categories").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("key", "kon")
			.param("name", "")
			.param("nameEn", "Gender")
			.param("options", "bara en del\nx | X | X"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"key-error\"")))
			.andExpect(content().string(Matchers.containsString("Indelningen kon finns redan.")))
			.andExpect(content().string(Matchers.containsString("id=\"name-error\"")))
			.andExpect(content().string(Matchers.containsString("bara en del&quot; ska ha tre delar")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"nameEn-error\""))));
	}

	@Test
	void addsACategoryFromTheAdministrationPage() throws Exception {
		mvc.perform(post("/admin/indicator-categories").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("key", "boende")
			.param("name", "Boendeform")
			.param("nameEn", "Housing")
			.param("options", "hyresratt | Hyresrätt | Rented\nagt | Ägt boende | Owned"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/indicator-categories"));
		mvc.perform(get("/admin/indicator-categories").with(TestUsers.as(Role.ADMIN)))
			.andExpect(content().string(Matchers.containsString("Ägt boende")));
		mvc.perform(post("/admin/indicator-categories").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("key", "trasig")
			.param("name", "Trasig")
			.param("nameEn", "Broken")
			.param("options", "bara en del\nok | Okej | Fine\nockså | trasig"))
			.andExpect(status().isOk())
			// every malformed line at once, beside the field, with what was typed kept
			.andExpect(content().string(Matchers.containsString("bara en del&quot; ska ha tre delar")))
			.andExpect(content().string(Matchers.containsString("också | trasig&quot; ska ha tre delar")))
			.andExpect(content().string(Matchers.containsString("id=\"options-error\"")))
			.andExpect(content().string(Matchers.containsString("ok | Okej | Fine")));
	}

}
