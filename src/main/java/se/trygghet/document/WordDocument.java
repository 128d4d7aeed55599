package se.trygghet.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * An editable Word document built section by section. Headings use real heading styles with outline levels, so
 * Word's navigation pane, a table of contents and screen readers see the structure; table header rows repeat on every
 * page and are marked as headers.
 */
public final class WordDocument {

	private static final int[] HEADING_SIZES = { 36, 28, 24 };

	private final XWPFDocument doc = new XWPFDocument();

	public WordDocument(DocumentInfo info) {
		doc.getProperties().getCoreProperties().setTitle(info.title());
		if (info.author() != null) {
			doc.getProperties().getCoreProperties().setCreator(info.author());
		}
		if (info.subject() != null) {
			doc.getProperties().getCoreProperties().setSubjectProperty(info.subject());
		}
		XWPFStyles styles = doc.createStyles();
		styles.setSpellingLanguage(proofingLanguage(info.language()));
		for (int level = 1; level <= HEADING_SIZES.length; level++) {
			styles.addStyle(headingStyle(styles, level));
		}
		// Word fills in the table of contents field when the document is opened
		doc.enforceUpdateFields();
	}

	/**
	 * The language Word checks spelling in: a bare language gets the country Word's proofing tools know it by ("sv" is
	 * sv-SE; the country is not the language in capitals, which made Swedish "sv-SV"), any other tag stays as given.
	 */
	static String proofingLanguage(String language) {
		return switch (language) {
			case "sv" -> "sv-SE";
			case "en" -> "en-GB";
			default -> language;
		};
	}

	private static XWPFStyle headingStyle(XWPFStyles styles, int level) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId("Heading" + level);
		style.addNewName().setVal("heading " + level);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.addNewQFormat();
		var paragraph = style.addNewPPr();
		paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
		paragraph.addNewKeepNext();
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
		var run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(HEADING_SIZES[level - 1]));
		return new XWPFStyle(style, styles);
	}

	public WordDocument title(String title, List<String> lines) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("Heading1");
		p.setAlignment(ParagraphAlignment.LEFT);
		p.setSpacingBefore(2400);
		XWPFRun run = p.createRun();
		run.setText(title);
		for (String line : lines) {
			XWPFRun r = doc.createParagraph().createRun();
			r.setFontSize(13);
			r.setText(line);
		}
		return this;
	}

	public WordDocument heading(int level, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("Heading" + Math.max(1, Math.min(level, HEADING_SIZES.length)));
		p.createRun().setText(text);
		return this;
	}

	/** Text as paragraphs: each line break the writer typed starts a new paragraph. */
	public WordDocument paragraph(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		for (String line : text.split("\\R")) {
			doc.createParagraph().createRun().setText(line);
		}
		return this;
	}

	/** A bold label followed by its text, e.g. "Genomfört: …"; nothing when the text is empty. */
	public WordDocument labelled(String label, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		String[] lines = text.split("\\R");
		XWPFParagraph p = doc.createParagraph();
		XWPFRun bold = p.createRun();
		bold.setBold(true);
		bold.setText(label + ": ");
		p.createRun().setText(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			doc.createParagraph().createRun().setText(lines[i]);
		}
		return this;
	}

	public WordDocument table(List<String> headers, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
		table.setWidth("100%");
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < headers.size(); c++) {
			XWPFParagraph p = header.getCell(c).getParagraphs().get(0);
			XWPFRun run = p.createRun();
			run.setBold(true);
			run.setText(headers.get(c));
		}
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			XWPFTableRow tableRow = table.getRow(r + 1);
			tableRow.setCantSplitRow(true);
			for (int c = 0; c < headers.size(); c++) {
				String value = c < row.size() && row.get(c) != null ? row.get(c) : "";
				tableRow.getCell(c).getParagraphs().get(0).createRun().setText(value);
			}
		}
		doc.createParagraph();
		return this;
	}

	/** A table of contents over the headings, filled in by Word when the document opens. */
	public WordDocument tableOfContents(String heading, String placeholder) {
		XWPFParagraph title = doc.createParagraph();
		title.createRun().setBold(true);
		title.getRuns().get(0).setFontSize(14);
		title.getRuns().get(0).setText(heading);
		XWPFParagraph p = doc.createParagraph();
		p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
		p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		p.createRun().setText(placeholder);
		p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		return this;
	}

	/**
	 * A PNG picture in its own paragraph, {@code widthInches} wide, with its alternative text (what a screen reader
	 * says and what Word shows as the picture's description).
	 */
	public WordDocument image(byte[] png, String name, double widthInches, double heightInches, String altText) {
		XWPFRun run = doc.createParagraph().createRun();
		try {
			run.addPicture(new java.io.ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
					name, org.apache.poi.util.Units.toEMU(widthInches * 72), org.apache.poi.util.Units.toEMU(heightInches * 72));
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new DocumentFailure("Picture " + name + " could not be added", ex);
		}
		var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
		inline.getDocPr().setDescr(altText);
		return this;
	}

	public WordDocument pageBreak() {
		doc.createParagraph().createRun().addBreak(BreakType.PAGE);
		return this;
	}

	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024); XWPFDocument d = doc) {
			d.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new DocumentFailure("Word document could not be written", ex);
		}
	}

}
