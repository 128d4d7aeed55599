package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.trygghet.document.TaggedPdf;

/**
 * The coordinator generates the annual report of the published demo round and downloads it in the browser, as
 * Trygghetsrådet's secretary would: every figure of the PDF has a text alternative, its text reads as written, and the
 * Word file's charts are pictures with the same text alternatives.
 */
class AnnualReportDownloadTests extends BrowserTest {

	static final String DIARIENUMMER = "TR 2023/00314";

	@TempDir
	Path downloads;

	@Test
	void theCoordinatorDownloadsAReportWhoseFiguresAreDescribedAndWhoseTextReadsAsWritten() throws Exception {
		signIn("samordnare");
		open("/rounds");
		assertAccessible();
		follow(all("#rounds a").stream()
			.filter(link -> link.getText().equals("Uppföljning 2022 (demodata)"))
			.findFirst()
			.orElseThrow());
		assertThat(text("#round-progress")).startsWith("37 av 37");
		assertAccessible();

		new Select(find("#audience")).selectByValue("TRYGGHETSRADET");
		find("#diarienummer").sendKeys(DIARIENUMMER);
		submit("#annual-form");
		assertAccessible();
		WebElement row = all("#annual-report-list tbody tr").stream()
			.filter(r -> r.getText().contains(DIARIENUMMER))
			.findFirst()
			.orElseThrow();

		// the browser saves what the links hand out, into a folder of this test's own
		((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		row.findElement(By.cssSelector("a.download-pdf")).click();
		Path pdfFile = downloaded(".pdf");
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
			List<TaggedPdf.Figure> figures = TaggedPdf.figures(pdf);
			assertThat(figures).isNotEmpty().allSatisfy(figure -> assertThat(figure.alt()).isNotBlank());
			String text = TaggedPdf.mappedText(pdf);
			assertThat(TaggedPdf.ligatures(text)).isEmpty();
			assertThat(text).contains("flickor", DIARIENUMMER);
		}

		row.findElement(By.cssSelector("a.download-docx")).click();
		Path docxFile = downloaded(".docx");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docxFile)))) {
			assertThat(docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
				.flatMap(r -> r.getEmbeddedPictures().stream())
				.toList()).isNotEmpty().allSatisfy(picture -> assertThat(picture.getDescription()).isNotBlank());
		}
	}

	/** Waits until the browser has finished saving a file with this ending. */
	private Path downloaded(String ending) throws Exception {
		waitFor(d -> {
			try (Stream<Path> files = Files.list(downloads)) {
				return files.anyMatch(f -> f.toString().endsWith(ending));
			}
			catch (java.io.IOException ex) {
				return false;
			}
		});
		try (Stream<Path> files = Files.list(downloads)) {
			return files.filter(f -> f.toString().endsWith(ending)).findFirst().orElseThrow();
		}
	}

}
