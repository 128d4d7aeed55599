package se.trygghet.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaCatalog.AreaRef;
import se.trygghet.area.AreaId;
import se.trygghet.indicator.IndicatorApiController.Indicator;
import se.trygghet.indicator.IndicatorApiController.Measurement;
import se.trygghet.indicator.IndicatorApiController.MeasurementList;
import se.trygghet.indicator.IndicatorApiController.Value;
import se.trygghet.indicator.IndicatorApiController.VerdictJson;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.system.Caches;
import se.trygghet.system.Csv;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies of the open indicator API ({@link IndicatorApiController}'s records): a plan's indicators as JSON, one
 * indicator's measurements as JSON, CSV (through {@code system}'s {@link Csv}) or XLSX. Each body is made once per
 * key and kept (cache {@value #CACHE}); the key is the answer's ETag's, which holds the indicator revision, so a new
 * value is never served stale.
 */
@Component
class IndicatorDownloads {

	static final String CACHE = "indicator-api";

	private final IndicatorCatalog catalog;

	private final AreaCatalog areas;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	private final JsonMapper mapper;

	private final Caches.NamedCache bodies;

	IndicatorDownloads(IndicatorCatalog catalog, AreaCatalog areas, DisclosureControl disclosure,
			MessageSource messages, JsonMapper mapper, Caches caches) {
		this.catalog = catalog;
		this.areas = areas;
		this.disclosure = disclosure;
		this.messages = messages;
		this.mapper = mapper;
		this.bodies = caches.named(CACHE);
	}

	/** The plan's indicators with their latest values and verdicts, as JSON. */
	byte[] indicators(List<Object> key, PlanCatalog.PlanRef plan, Audience audience, Locale locale) {
		return bodies.get(key, () -> mapper.writeValueAsBytes(catalog.indicators(plan.id(), audience)
			.stream()
			.map(i -> toApi(i, plan.key(), locale))
			.toList()));
	}

	/** One indicator's measurements that the query asks for, as {@code kind}: json, csv or xlsx. */
	byte[] measurements(List<Object> key, IndicatorSummary indicator, IndicatorCatalog.SeriesQuery query,
			Audience audience, String kind, Locale locale) {
		return bodies.get(key, () -> {
			MeasurementList data = measurements(indicator, catalog.series(indicator.id(), query, audience), audience,
					locale);
			return switch (kind) {
				case "csv" -> csv(data, indicator, locale);
				case "xlsx" -> xlsx(data, indicator, locale);
				default -> mapper.writeValueAsBytes(data);
			};
		});
	}

	private MeasurementList measurements(IndicatorSummary indicator, IndicatorCatalog.Series series, Audience audience,
			Locale locale) {
		Map<AreaId, Optional<AreaRef>> known = new LinkedHashMap<>();
		List<Measurement> rows = new ArrayList<>();
		for (Point p : series.points()) {
			Optional<AreaRef> area = known.computeIfAbsent(p.area(), areas::area);
			rows.add(new Measurement(p.period().toString(), p.area().value(), area.map(AreaRef::code).orElse(""),
					area.map(AreaRef::name).orElse(""), p.breakdown().isTotal() ? "total" : p.breakdown().key(),
					p.value(), p.status(), p.suppressed(), reason(p, locale), p.source(), p.methodVersion(),
					p.publishedOn(), p.demo()));
		}
		return new MeasurementList(indicator.id().value(), indicator.name(), indicator.unit(), audience, series.demo(),
				series.sources(), rows);
	}

	private @Nullable String reason(Point point, Locale locale) {
		return point.suppressed() == null ? null : disclosure.explain(point.suppressed(), messages, locale);
	}

	private Indicator toApi(IndicatorSummary i, String plan, Locale locale) {
		Point latest = i.latest();
		Value value = latest == null ? null
				: new Value(latest.period().toString(), latest.value(), latest.status(), latest.suppressed(),
						reason(latest, locale), latest.demo());
		Verdict verdict = i.assessment().verdict();
		return new Indicator(i.id().value(), i.name(), plan, i.focusArea(), i.unit(), i.direction(), i.source(),
				i.koladaKpi(), value,
				new VerdictJson(verdict, verdict.symbol(), messages.getMessage(verdict.messageKey(), null, locale),
						messages.getMessage(i.assessment().reason().messageKey(), null, locale)),
				i.demo(), "/api/v1/indicators/" + i.id().value() + "/measurements");
	}

	/** One row per value; ".." where there is no number, the decimal comma, a demo column. */
	private List<List<Object>> rows(MeasurementList data, IndicatorSummary indicator, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of((Object[]) messages.getMessage("indicator.export.columns", null, locale).split(";")));
		String yes = messages.getMessage("indicator.export.yes", null, locale);
		String no = messages.getMessage("indicator.export.no", null, locale);
		for (Measurement m : data.measurements()) {
			rows.add(List.of(indicator.name(), m.period(), m.areaName(), m.areaCode(), m.breakdown(),
					m.value() == null ? ".." : m.value(), indicator.unit(),
					messages.getMessage(m.status().messageKey(), null, locale), m.reason() == null ? "" : m.reason(),
					m.source(), m.methodVersion(), m.publishedOn() == null ? "" : m.publishedOn().toString(),
					m.demo() ? yes : no));
		}
		return rows;
	}

	private byte[] csv(MeasurementList data, IndicatorSummary indicator, Locale locale) {
		return Csv.write(rows(data, indicator, locale));
	}

	private byte[] xlsx(MeasurementList data, IndicatorSummary indicator, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("indicator.export.sheet", null, locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			List<List<Object>> rows = rows(data, indicator, locale);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					var cell = row.createCell(c);
					Object value = rows.get(r).get(c);
					if (value instanceof BigDecimal n) {
						cell.setCellValue(n.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
					if (r == 0) {
						cell.setCellStyle(bold);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
