package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.indicator.IndicatorTestAccess;

class IndicatorImportTests extends BrowserTest {

	@Autowired
	IndicatorTestAccess indicators;

	@TempDir
	Path files;

	@Test
	void coordinatorFixesTheErrorsAFileImportListsAndThenImportsIt() throws Exception {
		signIn("samordnare");
		open("/indicators/imports");
		assertThat(text("main h1")).isEqualTo("Importer av indikatorvärden");
		assertAccessible();

		follow(driver.findElement(By.linkText("Importera fil")));
		assertAccessible();
		Path bad = files.resolve("trygghet-fel.csv");
		Files.writeString(bad, """
				Indikator;År;Område;Kön;Värde
				Tillit bland barn;1982;Råby;flickor;48,5
				Tillit bland barn;1982;Atlantis;pojkar;femtio
				""", StandardCharsets.UTF_8);
		find("#file").sendKeys(bad.toString());
		submit("form.form");
		assertThat(text("main h1")).isEqualTo("Koppla kolumner");
		assertThat(text("#preview")).contains("Atlantis");
		assertAccessible();
		find("#source").sendKeys("Elevenkät (webbtest)");
		submit("#mapping");
		assertThat(text("#import-problems")).contains("Inget importerades: 2 fel.")
			.contains("Området Atlantis finns inte.")
			.contains("\"femtio\" är inget tal.")
			.contains("Område (C)")
			.contains("Värde (E)");
		assertAccessible();

		open("/indicators/import");
		Path good = files.resolve("trygghet.csv");
		Files.writeString(good, """
				Indikator;År;Område;Kön;Värde
				Tillit bland barn;1982;Råby;flickor;48,5
				Tillit bland barn;1982;Bäckby;pojkar;50
				""", StandardCharsets.UTF_8);
		find("#file").sendKeys(good.toString());
		submit("form.form");
		find("#source").sendKeys("Elevenkät (webbtest)");
		submit("#mapping");
		assertThat(text("#imported")).isEqualTo("Importen är klar: 2 nya, 0 ändrade och 0 oförändrade värden.");
		assertThat(text("#run-added")).isEqualTo("2");
		assertAccessible();

		follow(find(".breadcrumb a"));
		assertThat(text("#runs")).contains("Fil: trygghet.csv").contains("Fil: trygghet-fel.csv").contains("Klar")
			.contains("Stoppad av fel");
		assertAccessible();
	}

	@Test
	void showsWhatAKoladaRunWroteAndItsNotesAsNotes() {
		UUID run = indicators.loggedKoladaRunWithANote();
		signIn("samordnare");
		open("/indicators/imports/" + run);
		assertThat(text("#run-summary")).isEqualTo("Importen skrev 5 värden: 4 nya och 1 ändrade. 5 var oförändrade. "
				+ "Av de 10 värden som lästes saknas 2 hos källan; de sparades som saknade, inte som 0.");
		assertThat(text("#import-problems")).startsWith("Anmärkningar: 1.").doesNotContain("Inget importerades");
		assertAccessible();
	}

}
