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
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
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
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.system.Caches;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Csv;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of the open indicator API ({@link IndicatorApiController}'s records): a plan's indicators as JSON, one
 * indicator's measurements as JSON, CSV (through {@code system}'s {@link Csv}) or XLSX. This reads and checks the
 * query parameters (a {@link BadParameter} says what one should be), decides the audience and the plan, and gives a
 * {@link Download}: its ETag first, so that a client who has the answer gets a 304 without it being made, and its body,
 * made once per key and kept (cache {@value #CACHE}); the key holds the indicator revision, so a new value is never
 * served stale.
 */
@Component
class IndicatorDownloads {

	static final String CACHE = "indicator-api";

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** A parameter the API cannot use, answered with 400 and a message saying what it should be. */
	static final class BadParameter extends RuntimeException {

		private static final long serialVersionUID = 1L;

		BadParameter(String message) {
			super(message);
		}

	}

	/** The measurements' query parameters as the client wrote them; each may be missing. */
	public record MeasurementQuery(@Nullable String area, @Nullable String period, @Nullable String breakdown,
			@Nullable String format, @Nullable String audience, @Nullable String accept) {
	}

	/** One answer: its ETag, its type, the file name to save it as (none for JSON) and its body, made when asked. */
	public record Download(String etag, MediaType type, @Nullable String fileName, Supplier<byte[]> body) {
	}

	private final IndicatorCatalog catalog;

	private final PlanCatalog plans;

	private final CurrentUsers currentUsers;

	private final IndicatorRevision revision;

	private final AreaCatalog areas;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	private final JsonMapper mapper;

	private final Caches.NamedCache bodies;

	IndicatorDownloads(IndicatorCatalog catalog, PlanCatalog plans, CurrentUsers currentUsers,
			IndicatorRevision revision, AreaCatalog areas, DisclosureControl disclosure, MessageSource messages,
			JsonMapper mapper, Caches caches) {
		this.catalog = catalog;
		this.plans = plans;
		this.currentUsers = currentUsers;
		this.revision = revision;
		this.areas = areas;
		this.disclosure = disclosure;
		this.messages = messages;
		this.mapper = mapper;
		this.bodies = caches.named(CACHE);
	}

	/**
	 * The plan's indicators with their latest values and verdicts, as JSON: the plan asked for by its key (by default
	 * the adopted plan with the latest period), for the audience asked for (by default the public).
	 */
	Download indicators(@Nullable String planKey, @Nullable String audience, Locale locale) {
		Audience shown = audience(audience);
		PlanCatalog.PlanRef plan = plan(planKey);
		List<Object> key = List.of("list", plan.id(), shown, locale.getLanguage(), revision.current());
		return new Download(etag(key), MediaType.APPLICATION_JSON, null,
				() -> bodies.get(key, () -> mapper.writeValueAsBytes(catalog.indicators(plan.id(), shown)
					.stream()
					.map(i -> toApi(i, plan.key(), locale))
					.toList())));
	}

	/**
	 * One indicator's measurements that the query asks for, as JSON, CSV or XLSX (by {@code format}, else by the
	 * Accept header). The public sees only the indicators of adopted plans.
	 */
	Download measurements(IndicatorId id, MeasurementQuery asked, Locale locale) {
		Audience shown = audience(asked.audience());
		boolean staff = currentUsers.current().isPresent();
		IndicatorSummary indicator = catalog.indicator(id, shown)
			.filter(i -> staff || plans.plans()
				.stream()
				.anyMatch(p -> p.id().equals(i.plan()) && p.state() == PlanState.ADOPTED))
			.orElseThrow(() -> new NotFoundException("Indikatorn"));
		IndicatorCatalog.SeriesQuery query = query(indicator, asked);
		String kind = format(asked.format(), asked.accept());
		List<Object> key = List.of("measurements", id, query, shown, kind, locale.getLanguage(), revision.current());
		Supplier<byte[]> body = () -> bodies.get(key, () -> {
			MeasurementList data = measurements(indicator, catalog.series(indicator.id(), query, shown), shown,
					locale);
			return switch (kind) {
				case "csv" -> csv(data, indicator, locale);
				case "xlsx" -> xlsx(data, indicator, locale);
				default -> mapper.writeValueAsBytes(data);
			};
		});
		String file = "indikator-" + id.value();
		return switch (kind) {
			case "csv" -> new Download(etag(key), CSV, file + ".csv", body);
			case "xlsx" -> new Download(etag(key), XLSX, file + ".xlsx", body);
			default -> new Download(etag(key), MediaType.APPLICATION_JSON, null, body);
		};
	}

	private static IndicatorCatalog.SeriesQuery query(IndicatorSummary indicator, MeasurementQuery asked) {
		IndicatorCatalog.SeriesQuery query = IndicatorCatalog.SeriesQuery.all();
		String area = asked.area();
		if (area != null && !area.isBlank()) {
			AreaId areaId = parse(() -> new AreaId(UUID.fromString(area.strip())),
					"The area must be an area id (a UUID), not \"" + area + "\"");
			query = query.inAreas(Set.of(areaId));
		}
		String period = asked.period();
		if (period != null && !period.isBlank()) {
			Period p = parse(() -> Period.parse(period), "A period is written 2023, 2023H1, 2023Q2 or 2023-05, not \""
					+ period + "\"");
			query = new IndicatorCatalog.SeriesQuery(query.areas(), query.breakdowns(), p, p, p.type(), query.sources());
		}
		String breakdown = asked.breakdown();
		if (breakdown != null && !breakdown.isBlank()) {
			Breakdown b = breakdown.strip().equalsIgnoreCase(Breakdown.TOTAL_OPTION) ? Breakdown.TOTAL
					: parse(() -> new Breakdown(breakdown), "A breakdown is written total or category=option, "
					+ "such as kon=kvinnor or alder=16-19;kon=man, not \"" + breakdown + "\"");
			if (!indicator.setup().allows(b)) {
				throw new BadParameter("The indicator is not broken down by \"" + breakdown + "\"; it has "
						+ (indicator.setup().breakdowns().isEmpty() ? "totals only" : indicator.setup().breakdowns()));
			}
			query = query.withBreakdowns(Set.of(b));
		}
		return query;
	}

	private Audience audience(@Nullable String audience) {
		if (audience == null || audience.isBlank() || audience.equalsIgnoreCase("public")) {
			return Audience.PUBLIC;
		}
		if (!audience.equalsIgnoreCase("internal")) {
			throw new BadParameter("The audience is public or internal, not \"" + audience + "\"");
		}
		if (!Audiences.mayReadInternal(currentUsers)) {
			throw new AccessDeniedException("Only signed-in staff may read internal values");
		}
		return Audience.INTERNAL;
	}

	private static String format(@Nullable String format, @Nullable String accept) {
		if (format != null && !format.isBlank()) {
			String f = format.strip().toLowerCase(Locale.ROOT);
			if (!List.of("json", "csv", "xlsx").contains(f)) {
				throw new BadParameter("The format is json, csv or xlsx, not \"" + format + "\"");
			}
			return f;
		}
		if (accept != null && accept.contains("text/csv")) {
			return "csv";
		}
		if (accept != null && accept.contains("spreadsheetml")) {
			return "xlsx";
		}
		return "json";
	}

	/** The plan asked for (adopted only, unless the caller is signed in), or the adopted plan with the latest period. */
	private PlanCatalog.PlanRef plan(@Nullable String key) {
		boolean staff = currentUsers.current().isPresent();
		return plans.plans()
			.stream()
			.filter(p -> staff || p.state() == PlanState.ADOPTED)
			.filter(p -> key == null || key.isBlank() ? p.state() == PlanState.ADOPTED : p.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Planen"));
	}

	/** Weak: the same version is sent gzipped or not (Tomcat compresses no answer with a strong ETag). */
	private static String etag(List<Object> key) {
		return "W/\"" + Integer.toHexString(key.toString().hashCode()) + "\"";
	}

	private static <T> T parse(Supplier<T> parser, String message) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameter(message);
		}
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
