package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * An analyst writes this year's joint lägesbild with the police: the analysis, two prioritised problems put in order
 * with the keyboard-reachable buttons, and takes the PDF to the meeting.
 */
class JointLagesbildTests extends BrowserTest {

	@Test
	void anAnalystWritesTheJointLagesbildOrdersItsProblemsAndDownloadsItAsPdf() throws Exception {
		signIn("analytiker");
		open("/situation");
		follow(find("a[href='/situation/joint']"));
		int year = java.time.LocalDate.now().getYear();
		assertThat(text("h1")).isEqualTo("Gemensam lägesbild " + year);
		assertThat(text("#kartlaggning")).contains("Kartläggning", "Hot spots under året");
		assertAccessible();

		find("#summary").sendKeys("Färre inbrott men fler bränder i bostadsområdena.");
		find("#analysis").sendKeys("Bränderna samlas kring Råby och Bäckby; polisen ser samma mönster.");
		submit("#texts-form");
		assertThat(text("[role=status]")).contains("sparad");
		assertThat(find("#analysis").getAttribute("value")).contains("polisen ser samma mönster");
		assertAccessible();

		find("#title").sendKeys("Bränder i soprum på Råby");
		find("#cat-brand").click();
		find("#rationale").sendKeys("Flest larm två år i rad.");
		submit("#problem-form");
		find("#title").sendKeys("Öppen droghandel vid resecentrum");
		find("#cat-narkotika").click();
		submit("#problem-form");
		assertThat(titles()).containsExactly("Bränder i soprum på Råby", "Öppen droghandel vid resecentrum");
		assertAccessible();

		press("#problem-list li:nth-child(2) .move-up");
		assertThat(titles()).containsExactly("Öppen droghandel vid resecentrum", "Bränder i soprum på Råby");
		assertAccessible();

		String pdf = pdfText(download(find("#joint-pdf").getAttribute("href")));
		assertThat(pdf).contains("Gemensam lägesbild " + year,
				"Bränderna samlas kring Råby och Bäckby; polisen ser samma mönster.");
		assertThat(pdf.indexOf("1. Öppen droghandel vid resecentrum")).isPositive()
			.isLessThan(pdf.indexOf("2. Bränder i soprum på Råby"));
	}

	private java.util.List<String> titles() {
		return all("#problem-list .problem-title").stream().map(WebElement::getText).toList();
	}

	/** The PDF as the signed-in browser would get it, with the session's cookie. */
	private byte[] download(String url) throws Exception {
		HttpResponse<byte[]> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Cookie", "SESSION=" + driver.manage().getCookieNamed("SESSION").getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).as(url).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return answer.body();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
