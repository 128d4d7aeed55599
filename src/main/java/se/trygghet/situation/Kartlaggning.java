package se.trygghet.situation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.incident.IncidentReporting;

/**
 * The kartläggning of a joint lägesbild, computed and never edited: incidents per area × category for the year beside
 * the year before, the largest categories, the year's hot spots as a map and a table, and indicator figures per area
 * when the indicator module provides them.
 */
@Component
class Kartlaggning {

	/** Half-kilometre cells: fine enough for a district, coarse enough that a whole municipality stays readable. */
	static final int CELL_SIZE = 500;

	static final int MAX_CELLS_LISTED = 100;

	private final SituationPictures pictures;

	private final HotSpots hotSpots;

	private final AreaCatalog areas;

	private final IncidentReporting reporting;

	private final MessageSource messages;

	private final ObjectProvider<KartlaggningFigures> indicatorFigures;

	Kartlaggning(SituationPictures pictures, HotSpots hotSpots, AreaCatalog areas, IncidentReporting reporting,
			MessageSource messages, ObjectProvider<KartlaggningFigures> indicatorFigures) {
		this.pictures = pictures;
		this.hotSpots = hotSpots;
		this.areas = areas;
		this.reporting = reporting;
		this.messages = messages;
		this.indicatorFigures = indicatorFigures;
	}

	public record TopCategory(String name, int count, int previous) {
	}

	/**
	 * A significant cell: its grid position, the area it lies in, and its statistics, z and p_FDR also as the document's
	 * language writes them ("2,57", "< 0,001").
	 */
	public record SignificantCell(String cell, String area, int count, double z, double pFdr, int bin, String zText,
			String pFdrText) {
	}

	/**
	 * {@code indicators} is null when no module provides indicator figures (the page says so), empty when none of the
	 * plan's indicators is measured per area. {@code cells} lists at most {@value #MAX_CELLS_LISTED} of the
	 * {@code hotSpots + coldSpots} significant cells; {@code outside} counts the year's incidents in no cell of the study
	 * area.
	 */
	public record Facts(int year, SituationPictures.Picture picture, List<TopCategory> top,
			@Nullable List<KartlaggningFigures.IndicatorFigure> indicators, String mapSvg,
			List<SignificantCell> cells, int cellSize, boolean demo, long hotSpots, long coldSpots, long outside) {

		public boolean indicatorsAvailable() {
			return indicators != null;
		}

		/** The true number of significant cells, however many the table lists. */
		public long significantCells() {
			return hotSpots + coldSpots;
		}

	}

	Facts forYear(int year, Locale locale) {
		String municipality = reporting.municipality();
		SituationPictures.Picture picture = pictures.picture(municipality,
				SituationPeriod.parse(String.valueOf(JointSituationPicture.requireYear(year))));
		boolean english = "en".equals(locale.getLanguage());
		List<TopCategory> top = picture.categories()
			.stream()
			.map(c -> new TopCategory(english ? c.nameEn() : c.nameSv(), picture.totals().get(c.code()).count(),
					picture.totals().get(c.code()).yearEarlier()))
			.filter(t -> t.count() > 0)
			.sorted(Comparator.comparingInt(TopCategory::count).reversed())
			.limit(5)
			.toList();
		// the same analysis, from the same cache, as /api/v1/hotspots?cellSize=500 for the year gives
		HotSpots.Analysis analysis = hotSpots.analysis(municipality, new HotSpots.Query(LocalDate.of(year, 1, 1),
				LocalDate.of(year + 1, 1, 1), Set.of(), CELL_SIZE));
		List<HotSpotMap.Outline> outlines = outlines(municipality);
		String svg = HotSpotMap.svg(outlines, analysis.cells(), CELL_SIZE,
				texts(year, analysis.hotSpots() + analysis.coldSpots(), locale));
		List<GetisOrd.CellStatistic> listed = analysis.significant().stream().limit(MAX_CELLS_LISTED).toList();
		Map<GridCell, String> names = hotSpots.areaNames(municipality,
				listed.stream().map(GetisOrd.CellStatistic::cell).toList(), CELL_SIZE);
		List<SignificantCell> cells = listed.stream()
			.map(s -> new SignificantCell(s.cell().column() + "-" + s.cell().row(), names.get(s.cell()), s.count(), s.z(),
					s.pFdr(), s.bin(), StatisticsFormat.decimal(s.z(), 2, locale),
					StatisticsFormat.pValue(s.pFdr(), locale)))
			.toList();
		KartlaggningFigures source = indicatorFigures.getIfAvailable();
		List<KartlaggningFigures.IndicatorFigure> indicators = source == null ? null : source.forYear(year);
		boolean demo = picture.anyDemo() || picture.rows().stream().anyMatch(SituationPictures.Row::demoArea)
				|| (indicators != null && indicators.stream().anyMatch(KartlaggningFigures.IndicatorFigure::demo));
		return new Facts(year, picture, top, indicators, svg, cells, CELL_SIZE, demo, analysis.hotSpots(),
				analysis.coldSpots(), analysis.outside());
	}

	/** The municipality's boundary and its districts, as the map of documents draws them. */
	private List<HotSpotMap.Outline> outlines(String municipality) {
		double tolerance = CELL_SIZE / 10.0;
		return areas.outlined(municipality)
			.stream()
			.map(a -> new HotSpotMap.Outline(a.name(), areas.outline(a.id(), tolerance), a.level() == AreaLevel.KOMMUN))
			.toList();
	}

	private HotSpotMap.Texts texts(int year, long significant, Locale locale) {
		Map<Integer, String> bins = new java.util.HashMap<>();
		for (int bin : new int[] { 3, 2, 1, -1, -2, -3 }) {
			bins.put(bin, text("situation.hotspots.bin." + bin, locale));
		}
		return new HotSpotMap.Texts(text("situation.joint.map.title", locale, String.valueOf(year)),
				text("situation.joint.map.description", locale, String.valueOf(year), String.valueOf(CELL_SIZE),
						significant), bins,
				text("situation.hotspots.bin.0", locale), text("situation.joint.map.boundaries", locale),
				text("situation.joint.map.municipality", locale), text("situation.joint.map.legend", locale),
				text("situation.joint.map.north", locale), "km");
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
