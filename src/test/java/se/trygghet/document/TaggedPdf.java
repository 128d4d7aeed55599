package se.trygghet.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a tagged PDF back as assistive technology does: its Figure elements and the characters its text maps to. */
public final class TaggedPdf {

	private TaggedPdf() {
	}

	/** A figure of the structure tree: its /Alt and its bounding box (x, y, width, height in points). */
	public record Figure(String alt, float width, float height) {
	}

	public static List<Figure> figures(PDDocument pdf) {
		List<Figure> figures = new ArrayList<>();
		collect(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);
		return figures;
	}

	private static void collect(PDStructureNode node, List<Figure> figures) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if ("Figure".equals(element.getStructureType())) {
					figures.add(figure(element));
				}
				collect(element, figures);
			}
		}
	}

	private static Figure figure(PDStructureElement element) {
		float width = 0;
		float height = 0;
		var attributes = element.getAttributes();
		for (int i = 0; i < attributes.size(); i++) {
			if (attributes.getObject(i).getCOSObject().getDictionaryObject(COSName.BBOX) instanceof COSArray box) {
				float[] corners = box.toFloatArray();
				width = corners[2] - corners[0];
				height = corners[3] - corners[1];
			}
		}
		String alt = element.getAlternateDescription();
		return new Figure(alt == null ? "" : alt, width, height);
	}

	/**
	 * The text as its characters map to Unicode, before PDFBox's own text extraction folds ligatures such as ﬂ
	 * (U+FB02) back into letters, which screen readers and searches do not.
	 */
	public static String mappedText(PDDocument pdf) throws IOException {
		StringBuilder text = new StringBuilder();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String string, List<TextPosition> positions) {
				positions.forEach(position -> text.append(position.getUnicode()));
				text.append(' ');
			}
		};
		stripper.getText(pdf);
		return text.toString();
	}

	/** The ligature characters (U+FB00 to U+FB06) in the text, as "U+FB02" each. */
	public static List<String> ligatures(String text) {
		return text.codePoints()
			.filter(c -> c >= 0xFB00 && c <= 0xFB06)
			.mapToObj(c -> String.format("U+%04X", c))
			.toList();
	}

}
