package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator enters a unit cost, corrects what the form refuses, and reads the estimate; the evaluation page and the
 * joint lägesbild show their cost sections. Every page accessible.
 */
class CrimeCostsBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCoordinatorEntersAUnitCostCorrectsTheRefusedFormAndReadsTheEstimate() {
		signIn("samordnare");
		open("/costs");
		assertThat(text("main h1")).contains("Vad brott kostar");
		assertThat(text(".cost-caveat")).contains("i princip omöjligt");
		assertAccessible();

		follow(find("a[href='/costs/units/brand/ANTICIPATION']"));
		assertAccessible();
		find("#low").clear();
		find("#low").sendKeys("2 000");
		find("#high").clear();
		find("#high").sendKeys("500");
		find("#priceYear").clear();
		find("#priceYear").sendKeys(String.valueOf(LocalDate.now(clock).getYear()));
		find("#source").clear();
		find("#source").sendKeys("Kommunens egen skattning");
		submit("#unit-form");
		assertThat(text(".error-summary")).contains("Det höga beloppet kan inte vara lägre än det låga.");
		assertAccessible();

		find("#high").clear();
		find("#high").sendKeys("6 000");
		submit("#unit-form");
		assertThat(text("tr[data-category='brand'][data-kind='ANTICIPATION']")).contains("2 000–6 000 kr")
			.contains("Kommunens egen skattning");
		assertAccessible();
	}

	@Test
	void theEvaluationPageAndTheJointLagesbildShowTheirCostsAccessibly() {
		UUID demo = jdbc.sql("""
				select e.intervention_id from effect_evaluation e join intervention i on i.id = e.intervention_id
				 where i.demo
				""").query(UUID.class).single();
		signIn("samordnare");
		open("/interventions/" + demo);
		assertThat(text(".cost-prevented")).contains("Värdet av förhindrade händelser");
		assertAccessible();
		open("/situation/joint/" + LocalDate.now(clock).getYear());
		assertThat(text("#costs")).contains("Uppskattad kostnad");
		assertAccessible();
	}

}
