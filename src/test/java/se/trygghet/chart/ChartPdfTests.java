package se.trygghet.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The document module puts charts in PDFs through openhtmltopdf, which hands inline SVG to Batik. */
class ChartPdfTests {

	final Charts charts = new Charts();

	@Test
	void rendersInsideAPdf() throws Exception {
		SvgChart line = charts.render(ChartFixtures.safetyByGender());
		SvgChart bars = charts.render(ChartFixtures.completionPerCommittee());
		String page = """
				<html xmlns="http://www.w3.org/1999/xhtml"><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
				<body><h1>Uppföljning</h1>%s%s</body></html>""".formatted(figure(line), figure(bars));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> ChartPdfTests.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans");
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.withHtmlContent(page, null);
		builder.toStream(out);
		builder.run();

		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Känner sig trygga i sitt bostadsområde", "Klara rapporter per nämnd");
		}
	}

	private static String figure(SvgChart chart) {
		return "<figure><figcaption>" + SvgMarkup.escape(chart.title()) + "</figcaption>" + chart.svg() + "</figure>";
	}

}
