package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An analyst switches the hot-spot map to kernel density and turns on the clustered incidents, by keyboard; the map
 * shows the areas' outlines without map tiles (the tests run offline), and the method is explained on a page of the
 * platform.
 */
class HotSpotLayersTests extends BrowserTest {

	@Test
	void anAnalystSwitchesToKernelDensityReadsItsLegendAndTurnsOnTheClusters() {
		signIn("analytiker");
		open("/situation/hotspots");
		waitFor(d -> d.findElement(By.id("hotspot-status")).getText().contains("celler"));
		assertThat(find("#density-legend").isDisplayed()).isFalse();

		find("label[for='view-kde']").click();
		waitFor(d -> d.findElement(By.id("hotspot-status")).getText().contains("bandbredd 500 m"));
		assertThat(find("#hotspot-legend").isDisplayed()).as("the Gi* legend gives way").isFalse();
		assertThat(find("#density-legend").isDisplayed()).isTrue();
		// the legend says in words what each colour means, with the class limits
		assertThat(text("#density-legend")).contains("händelser per km²").contains("Mycket hög").contains("Mycket låg");
		assertThat(text("#density-legend li[data-class='5'] .class-limits")).matches("\\(.+–.+ per km²\\)");
		assertThat(all("#density-table tbody tr")).hasSize(5);
		assertThat(all("#hotspot-map path.leaflet-interactive")).as("density cells drawn").isNotEmpty();
		assertAccessible();

		// Leaflet's layer control is open, so its checkboxes are reached and ticked by keyboard
		WebElement clusters = driver.findElements(By.cssSelector(".leaflet-control-layers-overlays label"))
			.stream()
			.filter(label -> label.getText().contains("Händelser i kluster"))
			.findFirst()
			.orElseThrow()
			.findElement(By.tagName("input"));
		clusters.sendKeys(Keys.SPACE);
		waitFor(d -> d.findElement(By.id("cluster-status")).getText().contains("i kartutsnittet"));
		assertThat(find("#cluster-list").isDisplayed()).isTrue();
		assertThat(all("#hotspot-map .cluster-marker")).as("clusters drawn as circles").isNotEmpty();
		assertThat(all("#cluster-table tbody tr")).as("clusters listed by area").isNotEmpty();
		assertAccessible();

		clusters.sendKeys(Keys.SPACE);
		waitFor(d -> !d.findElement(By.id("cluster-list")).isDisplayed());
		assertThat(all("#hotspot-map .cluster-marker")).isEmpty();
	}

	@Test
	void theMapDrawsTheAreaOutlinesWithoutTilesAndTheMethodIsExplainedInThePlatform() {
		signIn("analytiker");
		open("/situation/hotspots");
		waitFor(d -> !d.findElements(By.cssSelector("#hotspot-map path.area-outline")).isEmpty());
		assertThat(all("#hotspot-map path.area-outline")).as("the municipality and its districts").hasSizeGreaterThan(1);

		follow(find("a[href='/situation/method']"));
		assertThat(text("h1")).contains("Så räknas hot spots");
		assertThat(text("main")).contains("Getis–Ord Gi*").contains("Benjamini–Hochberg").contains("⌊E / 250⌋")
			.contains("kärntäthet").contains("veckans flaggor").doesNotContain("docs/HOTSPOTS.md");
		assertAccessible();

		open("/incidents/new");
		waitFor(d -> !d.findElements(By.cssSelector("#incident-map path.area-outline")).isEmpty());
		open("/situation");
		assertThat(all("a[href='/situation/method']")).as("the situation picture links the method").isNotEmpty();
	}

}
