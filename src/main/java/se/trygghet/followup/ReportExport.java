package se.trygghet.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import se.trygghet.system.Csv;
import se.trygghet.system.NotFoundException;

/** All reports and contributions of a round as a spreadsheet (XLSX) or a CSV file, one row each. */
@Component
class ReportExport {

	private static final String[] HEADERS = { "followup.export.activity", "followup.export.activityText",
			"followup.report.kind", "followup.report.committee", "followup.report.state", "followup.report.status",
			"followup.export.reason", "followup.export.done", "followup.export.effects", "followup.report.nextSteps",
			"followup.report.assessment", "followup.perspectives.childRights.short",
			"followup.perspectives.childrenConsulted", "followup.perspectives.genderEquality.short",
			"followup.perspectives.otherGroupings.short", "followup.perspectives.groupings" };

	private final Reports reports;

	private final FollowUpViews views;

	private final MessageSource messages;

	ReportExport(Reports reports, FollowUpViews views, MessageSource messages) {
		this.reports = reports;
		this.views = views;
		this.messages = messages;
	}

	/** An export as downloaded: its file name says the plan and the period. */
	public record File(String name, MediaType contentType, byte[] bytes) {
	}

	/** The round's reports as "csv", or else as XLSX. */
	File file(RoundId round, String format, Locale locale) throws IOException {
		FollowUpViews.RoundRow row = views.round(round).orElseThrow(() -> new NotFoundException("Omgången"));
		boolean csv = "csv".equalsIgnoreCase(format);
		String name = "rapporter-" + row.planKey() + "-" + row.period().replaceAll("[^A-Za-z0-9-]", "_")
				+ (csv ? ".csv" : ".xlsx");
		return csv ? new File(name, new MediaType("text", "csv", StandardCharsets.UTF_8), csv(round, locale))
				: new File(name,
						MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
						xlsx(round, locale));
	}

	List<List<String>> rows(RoundId round, Locale locale) {
		Map<UUID, String> committees = views.committeeNames();
		List<List<String>> rows = new java.util.ArrayList<>();
		rows.add(java.util.Arrays.stream(HEADERS).map(h -> messages.getMessage(h, null, locale)).toList());
		for (Report report : reports.ofRound(round)) {
			ReportContent c = report.content();
			rows.add(java.util.Arrays.asList(report.activityNumber().toString(), report.activityText(),
					label("followup.kind." + report.kind(), locale), committees.get(report.committee().value()),
					label("followup.reportState." + report.state(), locale),
					c.status() == null ? "" : label("followup.status." + c.status(), locale), text(c.statusReason()),
					text(c.done()), text(c.effects()), text(c.nextSteps()),
					c.assessment() == null ? "" : label("followup.assessment." + c.assessment(), locale),
					text(c.perspectives().childRights()),
					// not stated stays empty, never "Nej"
					c.perspectives().childrenConsulted() == null ? ""
							: label("followup.perspectives.consulted." + c.perspectives().childrenConsulted(), locale),
					text(c.perspectives().genderEquality()), text(c.perspectives().otherGroupings()),
					String.join(", ", c.perspectives()
						.groupings()
						.stream()
						.map(g -> label("followup.perspectives.grouping." + g, locale))
						.toList())));
		}
		return rows;
	}

	byte[] xlsx(RoundId round, Locale locale) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("followup.round.reports", null, locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			List<List<String>> rows = rows(round, locale);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					var cell = row.createCell(c);
					cell.setCellValue(values.get(c));
					cell.setCellStyle(r == 0 ? bold : wrap);
				}
			}
			sheet.createFreezePane(0, 1);
			int[] widths = { 8, 50, 22, 30, 14, 16, 40, 60, 50, 40, 20, 50, 16, 50, 50, 30 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** In the platform's CSV dialect for Swedish spreadsheets ({@link Csv}: formulas defused). */
	byte[] csv(RoundId round, Locale locale) {
		return Csv.write(rows(round, locale));
	}

	private String label(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
