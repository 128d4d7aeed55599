package se.trygghet.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.document.DocumentInfo;
import se.trygghet.document.PdfDocuments;
import se.trygghet.document.WordDocument;

/**
 * The comparison of two plans as a PDF (the template {@code plan/comparison-document.html} through {@code document})
 * and as a Word file, both from the same {@link PlanComparison} as the page, in the same order and with the same
 * counts.
 */
@Component
class PlanComparisonDocuments {

	private final PlanComparisons comparisons;

	private final PdfDocuments pdf;

	private final MessageSource messages;

	PlanComparisonDocuments(PlanComparisons comparisons, PdfDocuments pdf, MessageSource messages) {
		this.comparisons = comparisons;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** A document to hand out: its bytes, content type and file name. */
	public record File(byte[] bytes, String contentType, String name) {
	}

	File file(String key, String format, Locale locale) {
		PlanComparison comparison = comparisons.of(key);
		DocumentInfo info = new DocumentInfo(title(comparison, locale), locale.getLanguage(), null,
				comparison.previous().name() + " – " + comparison.next().name());
		String name = "jamforelse-" + comparison.previous().key() + "-" + comparison.next().key();
		if ("docx".equals(format)) {
			return new File(docx(comparison, info, locale),
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
		}
		return new File(pdf.render("plan/comparison-document", Map.of("comparison", comparison), locale, info),
				"application/pdf", name + ".pdf");
	}

	private String title(PlanComparison comparison, Locale locale) {
		return messages.getMessage("plan.comparison.title", new Object[] { comparison.previous().period(),
				comparison.next().period() }, locale);
	}

	private byte[] docx(PlanComparison comparison, DocumentInfo info, Locale locale) {
		WordDocument doc = new WordDocument(info);
		doc.title(info.title(), List.of(comparison.previous().name(), comparison.next().name()));
		doc.heading(1, text("plan.comparison.summary", locale));
		doc.table(List.of(text("plan.comparison.kind", locale), text("plan.comparison.count", locale)),
				comparison.counts()
					.stream()
					.map(c -> List.of(text("plan.comparison.kind." + c.kind(), locale), String.valueOf(c.count())))
					.toList());
		for (PlanComparison.Section section : comparison.sections()) {
			PlanComparison.Kind kind = section.kind();
			List<PlanComparison.Row> rows = section.rows();
			doc.heading(1, text("plan.comparison.kind." + kind, locale) + " (" + rows.size() + ")");
			List<List<String>> table = new ArrayList<>();
			for (PlanComparison.Row row : rows) {
				table.add(List.of(row.before() == null ? "–" : describe(row.before()),
						row.after() == null ? "–" : describe(row.after()), row.reason() == null ? "" : row.reason()));
			}
			doc.table(List.of(comparison.previous().name(), comparison.next().name(),
					text("plan.comparison.reason", locale)), table);
		}
		doc.heading(1, text("plan.comparison.items", locale));
		List<String> kinds = List.of(PlanComparison.Kind.CONTINUED, PlanComparison.Kind.CHANGED,
				PlanComparison.Kind.ENDED, PlanComparison.Kind.NEW)
			.stream()
			.map(k -> text("plan.comparison.kind." + k, locale))
			.toList();
		List<String> header = new ArrayList<>(List.of(text("plan.comparison.items.what", locale)));
		header.addAll(kinds);
		doc.table(header, comparison.itemCounts()
			.stream()
			.map(c -> List.of(text("plan.comparison.items." + c.what(), locale), String.valueOf(c.continued()),
					String.valueOf(c.changed()), String.valueOf(c.ended()), String.valueOf(c.added())))
			.toList());
		for (PlanComparison.ItemSection section : comparison.itemSections()) {
			doc.heading(1, text("plan.comparison.items." + section.what(), locale) + " (" + section.rows().size() + ")");
			doc.table(List.of(text("plan.comparison.kind", locale), comparison.previous().name(),
					comparison.next().name(), text("plan.comparison.reason", locale)), section.rows()
				.stream()
				.map(r -> List.of(text("plan.comparison.kind." + r.kind(), locale), r.before() == null ? "–" : r.before(),
						r.after() == null ? "–" : r.after(), r.reason() == null ? "" : r.reason()))
				.toList());
		}
		return doc.toBytes();
	}

	private static String describe(PlanComparison.Item item) {
		return item.number() + " " + item.text() + " (" + item.committeeList() + ")";
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
