package se.trygghet.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * An editable Word document built section by section. Headings use real heading styles with outline levels, so
 * Word's navigation pane, a table of contents and screen readers see the structure; table header rows repeat on every
 * page and are marked as headers. The table of contents is written out when the document is, each entry a link to
 * its heading's bookmark, so it is right when the file is opened, without Word having to update a field.
 */
public final class WordDocument {

	private static final int[] HEADING_SIZES = { 36, 28, 24 };

	/** Word's own table of contents lists at most this many heading levels; so does this one. */
	private static final int TOC_LEVELS = 3;

	private final XWPFDocument doc = new XWPFDocument();

	private final List<Heading> headings = new ArrayList<>();

	/** Where the table of contents' entries go, once every heading is known; null without a table of contents. */
	private @Nullable XWPFParagraph tocEnd;

	private int tocLevels;

	private record Heading(int level, String text, String bookmark) {
	}

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
		styles.addStyle(titleStyle(styles));
		for (int level = 1; level <= HEADING_SIZES.length; level++) {
			styles.addStyle(headingStyle(styles, level));
		}
		for (int level = 1; level <= TOC_LEVELS; level++) {
			styles.addStyle(tocStyle(styles, level));
		}
	}

	/** The document's title: larger than a heading and, like Word's own Title style, not in the table of contents. */
	private static XWPFStyle titleStyle(XWPFStyles styles) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId("Title");
		style.addNewName().setVal("Title");
		style.setType(STStyleType.PARAGRAPH);
		style.addNewQFormat();
		style.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
		var run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(44));
		return new XWPFStyle(style, styles);
	}

	/** Word's built-in names ("toc 1"), so that updating the table in Word keeps its look. */
	private static XWPFStyle tocStyle(XWPFStyles styles, int level) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId("TOC" + level);
		style.addNewName().setVal("toc " + level);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewUiPriority().setVal(BigInteger.valueOf(39));
		var paragraph = style.addNewPPr();
		paragraph.addNewSpacing().setAfter(BigInteger.valueOf(100));
		paragraph.addNewInd().setLeft(BigInteger.valueOf(220L * (level - 1)));
		return new XWPFStyle(style, styles);
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
		p.setStyle("Title");
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

	/** A heading with a bookmark of its own, which the table of contents links to. */
	public WordDocument heading(int level, String text) {
		int shown = Math.max(1, Math.min(level, HEADING_SIZES.length));
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("Heading" + shown);
		BigInteger id = BigInteger.valueOf(headings.size() + 1L);
		// "_Toc" bookmarks are hidden in Word's bookmark list and are the ones its own tables of contents link to
		String bookmark = "_Toc" + id;
		CTBookmark start = p.getCTP().addNewBookmarkStart();
		start.setId(id);
		start.setName(bookmark);
		p.createRun().setText(text);
		p.getCTP().addNewBookmarkEnd().setId(id);
		headings.add(new Heading(shown, text, bookmark));
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

	/**
	 * A table of contents over the headings of levels 1 to {@code levels} (at most 3), here. Its entries are written
	 * when the document is ({@link #toBytes()}), as the result of a TOC field: Word shows them as they are, each a link
	 * to its heading, and a reader who updates the field gets page numbers too.
	 */
	public WordDocument tableOfContents(String heading, int levels) {
		if (tocEnd != null) {
			throw new IllegalStateException("A document has one table of contents");
		}
		if (levels < 1 || levels > TOC_LEVELS) {
			throw new IllegalArgumentException(
					"A table of contents lists 1 to " + TOC_LEVELS + " levels, not " + levels);
		}
		tocLevels = levels;
		XWPFParagraph title = doc.createParagraph();
		XWPFRun run = title.createRun();
		run.setBold(true);
		run.setFontSize(14);
		run.setText(heading);
		XWPFParagraph begin = doc.createParagraph();
		begin.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		begin.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-" + levels + "\" \\h \\z \\u ");
		begin.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		tocEnd = doc.createParagraph();
		tocEnd.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		return this;
	}

	/** One linked paragraph per heading, between the field's start and its end. */
	private void writeTableOfContents(XWPFParagraph end) {
		for (Heading heading : headings) {
			if (heading.level() > tocLevels) {
				continue;
			}
			XmlCursor cursor = end.getCTP().newCursor();
			XWPFParagraph entry = doc.insertNewParagraph(cursor);
			cursor.dispose();
			entry.setStyle("TOC" + heading.level());
			CTHyperlink link = entry.getCTP().addNewHyperlink();
			link.setAnchor(heading.bookmark());
			link.addNewR().addNewT().setStringValue(heading.text());
		}
	}

	/**
	 * A figure: its title in bold, kept on the page of the picture below it, and the picture with its alternative
	 * text, {@code widthInches} wide.
	 */
	public WordDocument figure(String title, byte[] png, String name, double widthInches, double heightInches,
			String altText) {
		XWPFParagraph caption = doc.createParagraph();
		// XWPFParagraph.setKeepNext fails on a paragraph without properties
		caption.getCTP().addNewPPr().addNewKeepNext();
		XWPFRun run = caption.createRun();
		run.setBold(true);
		run.setText(title);
		return image(png, name, widthInches, heightInches, altText);
	}

	/**
	 * A PNG picture in its own paragraph, {@code widthInches} wide, with its alternative text (what a screen reader
	 * says and what Word shows as the picture's description).
	 */
	public WordDocument image(byte[] png, String name, double widthInches, double heightInches, String altText) {
		XWPFRun run = doc.createParagraph().createRun();
		XWPFPicture picture;
		try {
			picture = run.addPicture(new java.io.ByteArrayInputStream(png),
					org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, name,
					org.apache.poi.util.Units.toEMU(widthInches * 72),
					org.apache.poi.util.Units.toEMU(heightInches * 72));
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new DocumentFailure("Picture " + name + " could not be added", ex);
		}
		// Word shows and reads the drawing's description; the picture's own (POI sets the file name) says the same
		var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
		inline.getDocPr().setDescr(altText);
		picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(altText);
		return this;
	}

	public WordDocument pageBreak() {
		doc.createParagraph().createRun().addBreak(BreakType.PAGE);
		return this;
	}

	public byte[] toBytes() {
		if (tocEnd != null) {
			writeTableOfContents(tocEnd);
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024); XWPFDocument d = doc) {
			d.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new DocumentFailure("Word document could not be written", ex);
		}
	}

}
