package se.trygghet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The PDFs the platform hands out are accessible: tagged, titled, in a language, fonts embedded, pictures described. */
class PdfDocumentsTests {

	private static final DocumentInfo INFO = new DocumentInfo("Lägesbild vecka 47", "sv", "Västerås stad", null);

	/** Templates given as strings, as the Thymeleaf files would be read. */
	private final PdfDocuments pdf = new PdfDocuments(strings());

	private static TemplateEngine strings() {
		TemplateEngine engine = new SpringTemplateEngine();
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode("HTML");
		engine.setTemplateResolver(resolver);
		return engine;
	}

	private static String png() throws Exception {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 40, 20);
		g.setColor(new Color(0x1F, 0x4E, 0x79));
		g.fillRect(5, 5, 10, 15);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return Base64.getEncoder().encodeToString(out.toByteArray());
	}

	private static final String TEMPLATE = """
			<html xmlns:th="http://www.thymeleaf.org" th:lang="${doc.language}">
			<head><title th:text="${doc.title}">title</title>
			<style>body { font-family: 'DejaVu Sans'; }</style></head>
			<body>
			<h1 th:text="${doc.title}">title</h1>
			<p th:text="${text}">text</p>
			<img th:src="${'data:image/png;base64,' + image}" alt="Staplar: 12 händelser i Bäckby, 5 i Råby"
			     width="40" height="20"/>
			</body>
			</html>
			""";

	private byte[] rendered() throws Exception {
		return pdf.render(TEMPLATE, Map.of("text", "Skadegörelse på Öster Mälarstrand: 12 händelser", "image", png()),
				Locale.forLanguageTag("sv"), INFO);
	}

	@Test
	void rendersATaggedPdfWithTheDocumentsTitleAndLanguage() throws Exception {
		try (PDDocument doc = Loader.loadPDF(rendered())) {
			var catalog = doc.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getLanguage()).isEqualTo("sv");
			assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Lägesbild vecka 47");
			// a reader's window shows the title, not the file name
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(new PDFTextStripper().getText(doc)).contains("Skadegörelse på Öster Mälarstrand: 12 händelser");
		}
	}

	@Test
	void embedsEveryFontItUses() throws Exception {
		try (PDDocument doc = Loader.loadPDF(rendered())) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				collectFonts(page.getResources(), fonts);
			}
			assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
			assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.contains("DejaVuSans"));
		}
	}

	@Test
	void tagsAPictureAsAFigureWithItsAlternativeText() throws Exception {
		try (PDDocument doc = Loader.loadPDF(rendered())) {
			List<PDStructureElement> figures = new ArrayList<>();
			collectElements(doc.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
			assertThat(figures).extracting(PDStructureElement::getAlternateDescription)
				.containsExactly("Staplar: 12 händelser i Bäckby, 5 i Råby");
			List<PDStructureElement> headings = new ArrayList<>();
			collectElements(doc.getDocumentCatalog().getStructureTreeRoot(), "H1", headings);
			assertThat(headings).hasSize(1);
		}
	}

	@Test
	void keepsEveryLetterAsWrittenSoThatScreenReadersAndSearchesReadWordsWithFlAndFf() throws Exception {
		byte[] bytes = pdf.fromXhtml("""
				<html xmlns="http://www.w3.org/1999/xhtml" lang="sv"><head><title>Trygghet</title>
				<style>body { font-family: 'DejaVu Sans'; }</style></head>
				<body><h1>Flickor och pojkar</h1><p>Fler flickor än pojkar; effekten var officiell.</p>
				<p><b>Effekter: flickor</b></p></body></html>""", new DocumentInfo("Trygghet", "sv", null, null));

		try (PDDocument doc = Loader.loadPDF(bytes)) {
			String text = TaggedPdf.mappedText(doc);
			assertThat(TaggedPdf.ligatures(text)).isEmpty();
			assertThat(text).contains("Flickor", "Fler", "flickor", "effekten", "officiell", "Effekter:");
		}
	}

	@Test
	void saysWhichDocumentFailedWhenTheMarkupIsNotXml() {
		assertThatThrownBy(() -> pdf.fromXhtml("<html><body><p>unclosed</body></html>", INFO))
			.isInstanceOf(DocumentFailure.class)
			.hasMessageContaining("Lägesbild vecka 47");
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts) throws Exception {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	private static void collectElements(PDStructureNode node, String type, List<PDStructureElement> found) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if (type.equals(element.getStructureType())) {
					found.add(element);
				}
				collectElements(element, type, found);
			}
		}
	}

}
