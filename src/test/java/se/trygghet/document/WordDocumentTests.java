package se.trygghet.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The Word files are editable and accessible: real heading styles with outline levels (navigation pane, table of
 * contents, screen readers), a table of contents linked to its headings, pictures with alternative text, table header
 * rows that are marked as such and repeat, and the document's title and language.
 */
class WordDocumentTests {

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(30, 10, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static byte[] annualReport() throws Exception {
		return new WordDocument(new DocumentInfo("Årsrapport 2023", "sv", "Stadsledningskontoret", "Uppföljning"))
			.title("Årsrapport 2023", List.of("Till Trygghetsrådet"))
			.tableOfContents("Innehåll", 2)
			.heading(2, "Fokusområde 1: Trygga offentliga miljöer")
			.paragraph("Första stycket.\nAndra stycket.")
			.labelled("Genomfört", "Trygghetsvandringar i Bäckby")
			.image(png(), "diagram.png", 3, 1, "Linjediagram: andelen trygga steg från 61 till 66 procent")
			.table(List.of("Aktivitet", "Status"), List.of(List.of("1.1", "Pågående"), List.of("1.2", "Genomförd")))
			.heading(3, "Mål 1.1")
			.toBytes();
	}

	private static XWPFDocument read(byte[] bytes) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	private static String part(byte[] docx, String name) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " is missing from the document");
	}

	@Test
	void marksHeadingsWithHeadingStylesThatCarryOutlineLevels() throws Exception {
		try (XWPFDocument doc = read(annualReport())) {
			assertThat(doc.getParagraphs()).filteredOn(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
				.extracting(XWPFParagraph::getStyle, XWPFParagraph::getText)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Heading2", "Fokusområde 1: Trygga offentliga miljöer"),
						org.assertj.core.groups.Tuple.tuple("Heading3", "Mål 1.1"));
			for (int level = 1; level <= 3; level++) {
				var style = doc.getStyles().getStyle("Heading" + level).getCTStyle();
				assertThat(style.getName().getVal()).isEqualTo("heading " + level);
				assertThat(style.getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
			}
		}
	}

	@Test
	void carriesATableOfContentsOfTheHeadingsItWasAskedFor() throws Exception {
		byte[] docx = annualReport();
		assertThat(part(docx, "word/document.xml")).contains("TOC \\o \"1-2\"");
		try (XWPFDocument doc = read(docx)) {
			assertThat(doc.getParagraphs()).filteredOn(p -> p.getStyle() != null && p.getStyle().startsWith("TOC"))
				.extracting(XWPFParagraph::getText)
				.containsExactly("Fokusområde 1: Trygga offentliga miljöer");
		}
	}

	@Test
	void describesEveryPictureWithItsAlternativeText() throws Exception {
		try (XWPFDocument doc = read(annualReport())) {
			assertThat(doc.getAllPictures()).hasSize(1);
			List<String> descriptions = doc.getParagraphs()
				.stream()
				.flatMap(p -> p.getRuns().stream())
				.map(XWPFRun::getCTR)
				.filter(run -> run.sizeOfDrawingArray() > 0)
				.map(run -> run.getDrawingArray(0).getInlineArray(0).getDocPr().getDescr())
				.toList();
			assertThat(descriptions).containsExactly("Linjediagram: andelen trygga steg från 61 till 66 procent");
		}
	}

	@Test
	void marksTheTablesHeaderRowSoItRepeatsAndReadsAsAHeader() throws Exception {
		try (XWPFDocument doc = read(annualReport())) {
			XWPFTable table = doc.getTables().get(0);
			XWPFTableRow header = table.getRow(0);
			assertThat(header.isRepeatHeader()).isTrue();
			assertThat(header.getTableCells()).extracting(cell -> cell.getText()).containsExactly("Aktivitet", "Status");
			assertThat(header.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
			assertThat(table.getRows().subList(1, 3)).allSatisfy(row -> {
				assertThat(row.isRepeatHeader()).isFalse();
				assertThat(row.isCantSplitRow()).isTrue();
			});
			assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Genomförd");
		}
	}

	@Test
	void statesItsTitleAuthorAndLanguage() throws Exception {
		byte[] docx = annualReport();
		try (XWPFDocument doc = read(docx)) {
			var core = doc.getProperties().getCoreProperties();
			assertThat(core.getTitle()).isEqualTo("Årsrapport 2023");
			assertThat(core.getCreator()).isEqualTo("Stadsledningskontoret");
			assertThat(core.getSubject()).isEqualTo("Uppföljning");
		}
		assertThat(part(docx, "word/styles.xml")).contains("w:lang w:val=\"sv-SE\"");
	}

	@Test
	void checksSpellingInTheLanguageWithTheCountryWordKnowsItBy() {
		assertThat(WordDocument.proofingLanguage("sv")).isEqualTo("sv-SE");
		assertThat(WordDocument.proofingLanguage("en")).isEqualTo("en-GB");
		assertThat(WordDocument.proofingLanguage("sv-FI")).isEqualTo("sv-FI");
	}

	@Test
	void keepsEachTypedLineAsAParagraphAndLabelsInBold() throws Exception {
		try (XWPFDocument doc = read(annualReport())) {
			assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
				.containsSubsequence("Första stycket.", "Andra stycket.", "Genomfört: Trygghetsvandringar i Bäckby");
			XWPFParagraph labelled = doc.getParagraphs()
				.stream()
				.filter(p -> p.getText().startsWith("Genomfört"))
				.findFirst()
				.orElseThrow();
			assertThat(labelled.getRuns().get(0).isBold()).isTrue();
			assertThat(labelled.getRuns().get(1).isBold()).isFalse();
		}
	}

}
