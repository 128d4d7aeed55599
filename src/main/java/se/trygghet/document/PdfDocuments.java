package se.trygghet.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a tagged PDF (PDF/UA mode: structure tags, language, title, every glyph from an
 * embedded font). Templates must be well-formed XHTML, since the PDF renderer parses them as XML.
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
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
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
