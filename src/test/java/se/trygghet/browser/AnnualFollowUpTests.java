package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole yearly round in the browser: two co-responsible committees contribute to activity 1.3, the lead compiles
 * and submits, Stadsledningskontoret sends it back, it is corrected and approved, the round closes, and the annual
 * report comes out as PDF and Word with the committees' texts intact.
 */
class AnnualFollowUpTests extends BrowserTest {

	static final String ROUND = "Uppföljning 2032 (helår)";

	static final String PASSWORD = "ett-tillrackligt-langt-losenord";

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void runsARoundFromOpeningToTheAnnualReport() throws Exception {
		signIn("admin");
		createReporter("skultuna-rapportor", "Skultuna kommundelsnämnd");
		createReporter("kultur-rapportor", "Kulturnämnden");

		signIn("samordnare");
		open("/rounds");
		new Select(find("#plan")).selectByValue(
				jdbc.sql("select id::text from action_plan where plan_key = 'vasteras-2021-2023'").query(String.class).single());
		find("#period").clear();
		find("#period").sendKeys("2032");
		find("#title").clear();
		find("#title").sendKeys(ROUND);
		submit("form.form");
		submit("form[action$='/open']");
		assertThat(text("#round-state")).isEqualTo("Öppen");
		String roundUrl = driver.getCurrentUrl();

		// the co-responsible committees contribute
		signIn("skultuna-rapportor", PASSWORD);
		openMyReport("1.3");
		assertThat(text("main h1")).isEqualTo("Rapport för aktivitet 1.3");
		assertAccessible();
		new Select(find("#status")).selectByValue("PAGAENDE");
		find("#done").sendKeys("Föreningsträffar i Skultuna bruksmiljö; åtta föreningar deltog.");
		new Select(find("#assessment")).selectByValue("BIDRAR");
		press("button[value=save]");
		Path minutes = files.resolve("Minnesanteckningar Skultuna.pdf");
		Files.write(minutes, "%PDF-1.4\n% minnesanteckningar\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		find("#file").sendKeys(minutes.toString());
		submit("#attachment-form");
		assertThat(text("#attachment-list")).contains("Minnesanteckningar Skultuna.pdf");
		assertAccessible();
		press("button[value=submit]");
		assertThat(text("#report-state")).isEqualTo("Inskickad");

		signIn("kultur-rapportor", PASSWORD);
		openMyReport("1.3");
		new Select(find("#status")).selectByValue("GENOMFORD");
		find("#done").sendKeys("Kulturhuset höll öppet hus med studieförbunden på Råbyvägen.");
		new Select(find("#assessment")).selectByValue("BIDRAR_DELVIS");
		find("#genderEquality").sendKeys("Lika många flickor som pojkar kom till öppet hus.");
		press("button[value=submit]");
		assertThat(text("#report-state")).isEqualTo("Inskickad");

		// the lead committee sees both contributions and compiles its report
		signIn("rapportor");
		openMyReport("1.3");
		assertThat(all(".contribution").stream().map(WebElement::getText).toList())
			.anySatisfy(t -> assertThat(t).contains("Skultuna kommundelsnämnd").contains("åtta föreningar"))
			.anySatisfy(t -> assertThat(t).contains("Kulturnämnden").contains("Råbyvägen"));
		// beside its own perspectives, what the contributions say about them
		assertThat(text(".contribution-perspectives")).contains("Kulturnämnden",
				"Lika många flickor som pojkar kom till öppet hus.");
		find("#genderEquality").sendKeys("Sammanställt: flickor och pojkar deltog i lika hög grad.");
		find("#childrenConsulted-EJ_RELEVANT").click();
		new Select(find("#status")).selectByValue("PAGAENDE");
		find("#done").sendKeys("Sammanställt: samverkan i Skultuna och på Råby med föreningar och studieförbund.");
		find("#nextSteps").sendKeys("Fler mötesplatser i Bäckby under nästa år.");
		new Select(find("#assessment")).selectByValue("BIDRAR");
		find("#indicator-0").click();
		assertAccessible();
		press("button[value=submit]");
		assertThat(text("#report-state")).isEqualTo("Inskickad");
		assertThat(text("#report-indicators")).isNotEqualTo("–");
		String reportUrl = driver.getCurrentUrl();

		// Stadsledningskontoret sends it back; it is corrected and approved
		signIn("samordnare");
		driver.get(reportUrl);
		find("#comment").sendKeys("Beskriv vilka effekter som märkts.");
		press("#review-form button[value=return]");
		assertThat(text("#report-state")).isEqualTo("Tillbakaskickad");

		signIn("rapportor");
		driver.get(reportUrl);
		assertThat(text("#review-comment")).contains("Beskriv vilka effekter som märkts.");
		find("#effects").sendKeys("Fler unga i föreningslivet på Råby än året före.");
		press("button[value=submit]");
		assertThat(text("#report-state")).isEqualTo("Inskickad");

		signIn("samordnare");
		driver.get(reportUrl);
		press("#review-form button[value=approve]");
		assertThat(text("#report-state")).isEqualTo("Godkänd");

		// the round closes and the annual report is generated
		driver.get(roundUrl);
		find("form[action$='/close'] button").click();
		new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		waitFor(d -> d.findElement(By.id("round-state")).getText().equals("Stängd"));
		assertAccessible();
		new Select(find("#audience")).selectByValue("KOMMUNSTYRELSEN");
		find("#diarienummer").sendKeys("KS 2033/00117");
		find("#summary").sendKeys("Arbetet med samverkan har kommit igång i både Skultuna och på Råby.");
		submit("#annual-form");
		assertThat(text("#annual-report-list")).contains("Kommunstyrelsen").contains("KS 2033/00117");
		assertAccessible();

		String pdfText = pdfText(download(find("#annual-report-list a.download-pdf").getAttribute("href")));
		assertThat(pdfText).contains(ROUND.substring(0, 4)).contains("Kommunstyrelsen", "KS 2033/00117",
				"Arbetet med samverkan har kommit igång i både Skultuna och på Råby.", "Pågående",
				"Sammanställt: samverkan i Skultuna och på Råby med föreningar och studieförbund.",
				"Fler unga i föreningslivet på Råby än året före.", "Fler mötesplatser i Bäckby under nästa år.",
				"Bidrag från Skultuna kommundelsnämnd", "åtta föreningar", "Genomförd", "Råbyvägen", "Bidrar delvis",
				"Jämställdhetsperspektiv 1 37", "Sammanställt: flickor och pojkar deltog i lika hög grad.");
		String wordText = wordText(download(find("#annual-report-list a.download-docx").getAttribute("href")));
		assertThat(wordText).contains("Kommunstyrelsen", "KS 2033/00117", "Pågående",
				"Sammanställt: samverkan i Skultuna och på Råby med föreningar och studieförbund.",
				"Fler unga i föreningslivet på Råby än året före.", "åtta föreningar", "Genomförd", "Råbyvägen",
				"Jämställdhetsperspektiv 1 37", "Sammanställt: flickor och pojkar deltog i lika hög grad.");
	}

	private void createReporter(String username, String committee) {
		open("/admin/users/new");
		find("#username").sendKeys(username);
		find("#displayName").sendKeys("Rapportör " + committee);
		find("#password").sendKeys(PASSWORD);
		find("#role-COMMITTEE_REPORTER").click();
		String id = jdbc.sql("select id::text from committee where name = :n").param("n", committee)
			.query(String.class)
			.single();
		find("#committee-" + id).click();
		submit("form.form");
		assertThat(text("[role=status]")).contains("sparad");
	}

	/** Opens this round's report (or contribution) for an activity from My reports. */
	private void openMyReport(String activity) {
		open("/my-reports");
		assertAccessible();
		follow(all("#my-reports tbody tr")
			.stream()
			.filter(row -> row.getText().startsWith(ROUND) && row.findElement(By.tagName("th")).getText().equals(activity))
			.findFirst()
			.orElseThrow()
			.findElement(By.tagName("a")));
	}

	/** Fetches a file as the signed-in browser would, with its session. */
	private byte[] download(String url) throws Exception {
		String session = driver.manage().getCookieNamed("SESSION").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "SESSION=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	private static String wordText(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText().replaceAll("\\s+", " ");
		}
	}

}
