package se.trygghet.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a tagged PDF (PDF/UA mode: structure tags, language, title, every glyph from an
 * embedded font). Templates must be well-formed XHTML, since the PDF renderer parses them as XML. An inline SVG is a
 * Figure whose /Alt is the SVG element's {@code alt} attribute.
 */
@Component
public class PdfDocuments {

	/** DejaVu Sans covers Swedish and the symbols the reports use; embedding it keeps å, ä and ö intact everywhere. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	public PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The template gets the variables, plus {@code doc} (the {@link DocumentInfo}); its {@code <title>} and
	 * {@code lang} should come from that.
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale, DocumentInfo info) {
		Context context = new Context(locale, variables);
		context.setVariable("doc", info);
		return fromXhtml(templates.process(template, context), info);
	}

	public byte[] fromXhtml(String xhtml, DocumentInfo info) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024); PDDocument pdf = new PDDocument();
				TrueTypeFont regular = withoutLigatures(REGULAR); TrueTypeFont bold = withoutLigatures(BOLD)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePDDocument(pdf);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, regular, true)), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, bold, true)), FONT_FAMILY, 700, FontStyle.NORMAL,
					true);
			builder.withProducer("Trygghetsplattformen");
			// charts are inline SVG (see the chart module); Batik draws them
			builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentFailure("PDF " + info.title() + " could not be rendered", ex);
		}
	}

	/**
	 * The font without its glyph substitutions. PDFBox applies a font's GSUB features to Latin text (liga: "fl"
	 * drawn as the one glyph ﬂ), and the text of such a glyph is the ligature character U+FB02, so a screen reader,
	 * a search or a copy then met "ﬂickor" instead of "flickor". Swedish needs no substitution: å, ä and ö are glyphs
	 * of their own. It also spares every render the substitution's cost.
	 */
	private static TrueTypeFont withoutLigatures(byte[] font) throws IOException {
		TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
		parsed.setEnableGsub(false);
		return parsed;
	}

	private static byte[] font(String path) {
		try (InputStream in = PdfDocuments.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
