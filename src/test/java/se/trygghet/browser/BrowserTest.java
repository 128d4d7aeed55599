package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.trygghet.PlatformIntegrationTest;

/**
 * Real user flows in Debian's headless Chromium against the running platform. Every page a test visits is checked
 * with axe-core, and any violation fails the test. Tagged {@code browser} (and {@code integration} through the
 * platform's annotation): they run in Maven's integration-test phase.
 */
@PlatformIntegrationTest
@Tag("browser")
abstract class BrowserTest {

	static WebDriver driver;

	/** On failure, keeps what the browser showed (target/screenshots), which is what one needs to see why. */
	@org.junit.jupiter.api.extension.RegisterExtension
	static final org.junit.jupiter.api.extension.TestWatcher KEEP_EVIDENCE = new org.junit.jupiter.api.extension.TestWatcher() {
		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (driver == null) {
				return;
			}
			String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
			try {
				Path out = Path.of("target/screenshots/" + name + ".html");
				Files.createDirectories(out.getParent());
				Files.writeString(out, driver.getCurrentUrl() + "\n" + driver.getPageSource());
			}
			catch (Exception ex) {
				// evidence is best effort
			}
			screenshot(name);
		}
	};

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--lang=sv-SE",
				"--user-data-dir=" + Files.createTempDirectory("chrome-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void startSignedOut() {
		driver.manage().deleteAllCookies();
	}

	void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	void signIn(String username) {
		signIn(username, "demo");
	}

	void signIn(String username, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		submit("form.form");
		assertThat(all("form[action='/logout']")).as("signed in as " + username).isNotEmpty();
	}

	/** Clicks the form's submit button and waits until the browser has loaded the answer. */
	void submit(String formCss) {
		press(formCss + " button[type=submit]");
	}

	/** Presses one particular submit button and waits until the browser has loaded the answer. */
	void press(String buttonCss) {
		WebElement page = find("html");
		clickSettled(() -> find(buttonCss));
		waitUntilGone(page);
	}

	/**
	 * Waits until the old page is replaced. Chromium sometimes reports a replaced page's element not as stale but as
	 * "does not belong to the document", which means the same.
	 */
	void waitUntilGone(WebElement page) {
		waitFor(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/**
	 * Clicks once the document has settled. Chromium now and then reports the element as belonging to a document
	 * that is being replaced; finding it again in the settled page and clicking then works.
	 */
	void clickSettled(java.util.function.Supplier<WebElement> element) {
		for (int attempt = 1;; attempt++) {
			waitFor(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
				.executeScript("return document.readyState")));
			try {
				element.get().click();
				return;
			}
			catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (attempt == 3 || !String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					throw ex;
				}
			}
		}
	}

	/** Follows a link and waits until the browser has loaded the new page. */
	void follow(WebElement link) {
		WebElement page = find("html");
		clickSettled(() -> link);
		waitUntilGone(page);
	}

	/** Ticks the checkbox of the group whose label reads exactly {@code label}. */
	void checkByLabel(String group, String label) {
		for (WebElement box : all("input[name='" + group + "']")) {
			WebElement forBox = find("label[for='" + box.getAttribute("id") + "']");
			if (forBox.getText().equals(label) && !box.isSelected()) {
				box.click();
			}
		}
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	String text(String css) {
		return find(css).getText();
	}

	void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition::apply);
	}

	/**
	 * Clicks a download link and waits until the browser has saved the file with this ending into {@code folder}
	 * (a folder of the test's own).
	 */
	Path download(WebElement link, Path folder, String ending) throws Exception {
		((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
				java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
		link.click();
		waitFor(d -> {
			try (java.util.stream.Stream<Path> files = Files.list(folder)) {
				return files.anyMatch(f -> f.toString().endsWith(ending));
			}
			catch (java.io.IOException ex) {
				return false;
			}
		});
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(ending)).findFirst().orElseThrow();
		}
	}

	/** Runs axe-core on the current page; WCAG 2.1 AA and axe's best practices must all pass. */
	void assertAccessible() {
		Results results = new AxeBuilder().analyze(driver);
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			screenshot("axe-" + driver.getTitle().replaceAll("[^A-Za-z0-9]+", "-"));
		}
		assertThat(violations).as(() -> driver.getCurrentUrl() + "\n" + violations.stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " → " + v.getNodes()
				.stream()
				.map(n -> String.valueOf(n.getTarget()))
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
	}

	static void screenshot(String name) {
		try {
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Path out = Path.of("target/screenshots/" + name + ".png");
			Files.createDirectories(out.getParent());
			Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (Exception ex) {
			// a missing screenshot must not hide the assertion that asked for it
		}
	}

}
