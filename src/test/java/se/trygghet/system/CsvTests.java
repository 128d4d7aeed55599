package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The platform's one way of reading and writing CSV: Swedish Excel's dialect out, whatever people save in. */
class CsvTests {

	static List<List<String>> records(String text) throws Exception {
		List<List<String>> records = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = Csv.reader(text)) {
			reader.forEach(r -> records.add(r.getFields()));
		}
		return records;
	}

	@Test
	void readsAQuotedFieldWithALineBreakAQuotedSemicolonAndDoubledQuotesAsOneRecord() throws Exception {
		String text = "Namn;Text;Värde\r\n" + "Bäckby;\"rad ett\r\nrad två; med \"\"citat\"\"\";1,5\r\n" + "\r\n"
				+ "Skultuna;\"kort\";2\r\n";

		assertThat(records(text)).containsExactly(List.of("Namn", "Text", "Värde"),
				List.of("Bäckby", "rad ett\r\nrad två; med \"citat\"", "1,5"), List.of(""),
				List.of("Skultuna", "kort", "2"));
	}

	@Test
	void findsTheDelimiterFromTheHeaderOutsideQuotes() {
		assertThat(Csv.delimiter("Område;Värde\n1,5;2,5")).isEqualTo(';');
		assertThat(Csv.delimiter("\"Område; norra\",Värde,Antal\n")).isEqualTo(',');
		assertThat(Csv.delimiter("Område\tVärde\tAntal\n")).isEqualTo('\t');
		assertThat(Csv.delimiter("Område\n")).isEqualTo(',');
	}

	@Test
	void streamsAFileWithTheHeadersDelimiterWithoutItsBomAndNamesTheLineEachRecordStartsOn() throws Exception {
		String text = "\uFEFFid;text\n" + "1;\"en, två\nrader\"\n" + "\n" + "2;sist\n";
		List<String> read = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = Csv.reader(new java.io.StringReader(text))) {
			reader.forEach(r -> read.add(r.getStartingLineNumber() + " " + r.getFields()));
		}

		assertThat(read).containsExactly("1 [id, text]", "2 [1, en, två\nrader]", "4 []", "5 [2, sist]");
	}

	@Test
	void keepsTextAfterAClosingQuoteAndReadsAnUnclosedQuoteToTheEnd() throws Exception {
		assertThat(records("\"a\"b,c\n\"open,\nend")).containsExactly(List.of("ab", "c"), List.of("open,\nend"));
	}

	@Test
	void decodesUtf8WithOrWithoutABomElseWindows1252AndRefusesUtf16AndBinary() throws Exception {
		assertThat(Csv.text("\uFEFFÅkerby;ö".getBytes(StandardCharsets.UTF_8))).isEqualTo("Åkerby;ö");
		assertThat(Csv.text("Åkerby;ö".getBytes(Charset.forName("windows-1252")))).isEqualTo("Åkerby;ö");
		assertThatThrownBy(() -> Csv.text("Åkerby".getBytes(StandardCharsets.UTF_16)))
			.isInstanceOfSatisfying(Csv.Unreadable.class,
					ex -> assertThat(ex.problem()).isEqualTo(Csv.Problem.ENCODING));
		assertThatThrownBy(() -> Csv.text(new byte[] { 'a', ';', 'b', '\n', 0, 1, 2 }))
			.isInstanceOfSatisfying(Csv.Unreadable.class,
					ex -> assertThat(ex.problem()).isEqualTo(Csv.Problem.NOT_TEXT));
	}

	@Test
	void writesSwedishExcelsDialectWithTextQuotedAndNumbersWithADecimalCommaAndAPlainMinus() {
		byte[] csv = Csv.write(List.of(List.of("Område", "Värde"),
				Arrays.asList("Bäckby", new BigDecimal("-2.50")), Arrays.asList(null, 12), List.of("", 0.125)));

		assertThat(new String(csv, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF\"Område\";\"Värde\"\r\n\"Bäckby\";-2,5\r\n\"\";12\r\n\"\";0,125\r\n");
	}

	@Test
	void defusesTextThatStartsLikeAFormulaButNotNegativeNumbers() {
		String csv = new String(Csv.write(List.of(List.of("=1+1", "+46", "-x", "@SUM(A1)", new BigDecimal("-1")))),
				StandardCharsets.UTF_8);

		assertThat(csv).isEqualTo("\uFEFF\"'=1+1\";\"'+46\";\"'-x\";\"'@SUM(A1)\";-1\r\n");
	}

	@Test
	void readsBackWhatItWritesWithLineBreaksQuotesAndSemicolons() throws Exception {
		List<List<String>> rows = List.of(List.of("Rubrik", "Text"),
				List.of("rad ett\nrad två", "\"citerat\"; och mer"), List.of("tom nästa", ""),
				List.of("CRLF\r\ninuti", "slut;"));

		assertThat(records(Csv.text(Csv.write(rows)))).isEqualTo(rows);
	}

}
