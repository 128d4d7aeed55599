package se.trygghet.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfDocumentsTests {

	final PdfDocuments documents = new PdfDocuments(null);

	@Test
	void keepsEveryLetterAsWrittenSoThatScreenReadersAndSearchesReadWordsWithFlAndFf() throws Exception {
		byte[] pdf = documents.fromXhtml("""
				<html xmlns="http://www.w3.org/1999/xhtml" lang="sv"><head><title>Trygghet</title>
				<style>body { font-family: 'DejaVu Sans'; }</style></head>
				<body><h1>Flickor och pojkar</h1><p>Fler flickor än pojkar; effekten var officiell.</p>
				<p><b>Effekter: flickor</b></p></body></html>""", new DocumentInfo("Trygghet", "sv", null, null));

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = TaggedPdf.mappedText(doc);
			assertThat(TaggedPdf.ligatures(text)).isEmpty();
			assertThat(text).contains("Flickor", "Fler", "flickor", "effekten", "officiell", "Effekter:");
		}
	}

}
