package se.trygghet.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * Turns a chart description into a JFreeChart and its size. Everything that decides how a chart looks is set here
 * explicitly, rather than taken from JFreeChart's theme, so that an upgrade cannot change the figures unnoticed.
 */
final class ChartDrawing {

	static final int WIDTH = 640;

	private static final int LINE_HEIGHT = 360;

	private static final int VERTICAL_BAR_HEIGHT = 380;

	private static final int LEGEND_HEIGHT = 30;

	private final JFreeChart chart;

	private final int height;

	private ChartDrawing(JFreeChart chart, int height) {
		this.chart = chart;
		this.height = height;
	}

	static ChartDrawing of(Chart chart, Locale locale) {
		// Java 17 has no pattern matching in switch; the interface is sealed, so these are the only two
		return chart instanceof LineChart line ? line(line, locale) : bar((BarChart) chart, locale);
	}

	int height() {
		return height;
	}

	void draw(Graphics2D g2) {
		chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
	}

	private static ChartDrawing line(LineChart line, Locale locale) {
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		// a white ring round each marker keeps crossing lines apart
		renderer.setDrawOutlines(true);
		renderer.setUseOutlinePaint(true);
		renderer.setDefaultOutlinePaint(Color.WHITE);
		for (int i = 0; i < line.series().size(); i++) {
			renderer.setSeriesPaint(i, ChartStyle.colour(i));
			renderer.setSeriesStroke(i, ChartStyle.line(i));
			renderer.setSeriesShape(i, ChartStyle.marker(i));
			renderer.setSeriesOutlineStroke(i, new BasicStroke(1f));
		}
		Target target = line.target();
		Range range = Range.of(line, target == null ? null : target.value(), false);
		CategoryPlot plot = plot(line, renderer, range, locale, PlotOrientation.VERTICAL);
		LegendItemCollection legend = plot.getLegendItems();
		for (int i = 0; i < legend.getItemCount(); i++) {
			// JFreeChart's legend line is too short to show a dash pattern
			legend.get(i).setLine(new Line2D.Double(-16, 0, 16, 0));
		}
		if (target != null) {
			plot.addRangeMarker(new ValueMarker(target.value(), ChartStyle.INK, ChartStyle.target()), Layer.BACKGROUND);
			String label = new ValueFormat(line.scale(), locale).labelled(target.label(), target.value());
			legend.add(new LegendItem(label, label, null, null, new Line2D.Double(-16, 0, 16, 0), ChartStyle.target(),
					ChartStyle.INK));
		}
		plot.setFixedLegendItems(legend);
		int legendHeight = legend.getItemCount() > 1 ? LEGEND_HEIGHT : 0;
		return new ChartDrawing(chart(plot, legend.getItemCount() > 1), LINE_HEIGHT + legendHeight);
	}

	private static ChartDrawing bar(BarChart bar, Locale locale) {
		int seriesCount = bar.series().size();
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.04);
		renderer.setMaximumBarWidth(0.12);
		// with several series the outline's dash pattern tells them apart, as the line's does in a line chart
		renderer.setDrawBarOutline(seriesCount > 1);
		for (int i = 0; i < seriesCount; i++) {
			renderer.setSeriesPaint(i, ChartStyle.colour(i));
			renderer.setSeriesOutlinePaint(i, ChartStyle.INK);
			renderer.setSeriesOutlineStroke(i, ChartStyle.outline(i));
		}
		boolean horizontal = bar.orientation() == BarChart.Orientation.HORIZONTAL;
		if (bar.valuesAtBars()) {
			renderer.setDefaultItemLabelGenerator(
					new StandardCategoryItemLabelGenerator("{2}", new ValueFormat(bar.scale(), locale).numberFormat()));
			renderer.setDefaultItemLabelsVisible(true);
			renderer.setDefaultItemLabelFont(ChartStyle.VALUE_FONT);
			renderer.setDefaultItemLabelPaint(ChartStyle.INK);
			renderer.setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
			renderer.setDefaultPositiveItemLabelPosition(horizontal
					? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
					: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
			renderer.setDefaultNegativeItemLabelPosition(horizontal
					? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
					: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
		}
		Range range = Range.of(bar, null, bar.valuesAtBars());
		CategoryPlot plot = plot(bar, renderer, range, locale,
				horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
		int legendHeight = seriesCount > 1 ? LEGEND_HEIGHT : 0;
		int height;
		if (horizontal) {
			CategoryAxis axis = plot.getDomainAxis();
			axis.setMaximumCategoryLabelWidthRatio(0.38f);
			axis.setMaximumCategoryLabelLines(2);
			int band = Math.max(30, seriesCount * 18 + 14);
			height = 70 + bar.categories().size() * band;
		}
		else {
			height = VERTICAL_BAR_HEIGHT;
		}
		return new ChartDrawing(chart(plot, seriesCount > 1), height + legendHeight);
	}

	private static CategoryPlot plot(Chart chart, CategoryItemRenderer renderer, Range range, Locale locale,
			PlotOrientation orientation) {
		CategoryAxis categories = styled(new SparseCategoryAxis(chart, orientation));
		categories.setLowerMargin(0.03);
		categories.setUpperMargin(0.03);
		if (orientation == PlotOrientation.VERTICAL && chart.categories().size() > 12) {
			categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}

		NumberAxis values = styled(new BoundedAxis(chart.scale().label(), chart.scale().max()));
		values.setStandardTickUnits(chart.scale().decimals() == 0 ? NumberAxis.createIntegerTickUnits(locale)
				: NumberAxis.createStandardTickUnits(locale));
		values.setRange(range.lower(), range.upper());
		// more room per tick label than JFreeChart's default, so that an axis has a handful of ticks, not twenty
		values.setTickLabelInsets(new RectangleInsets(7, 4, 7, 4));

		CategoryPlot plot = new CategoryPlot(dataset(chart), categories, values, renderer);
		plot.setOrientation(orientation);
		// values below horizontal bars, as readers expect, rather than JFreeChart's default above them
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinePaint(ChartStyle.GRID);
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		plot.setInsets(new RectangleInsets(4, 4, 4, 12));
		return plot;
	}

	private static <A extends Axis> A styled(A axis) {
		axis.setLabelFont(ChartStyle.LABEL_FONT);
		axis.setLabelPaint(ChartStyle.INK);
		axis.setTickLabelFont(ChartStyle.TICK_FONT);
		axis.setTickLabelPaint(ChartStyle.INK);
		axis.setAxisLinePaint(ChartStyle.AXIS);
		axis.setTickMarkPaint(ChartStyle.AXIS);
		return axis;
	}

	private static DefaultCategoryDataset dataset(Chart chart) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Series series : chart.series()) {
			for (int i = 0; i < chart.categories().size(); i++) {
				data.addValue(series.values().get(i), series.name(), chart.categories().get(i));
			}
		}
		return data;
	}

	private static JFreeChart chart(CategoryPlot plot, boolean withLegend) {
		JFreeChart chart = new JFreeChart(null, ChartStyle.LABEL_FONT, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(6, 6, 6, 6));
		if (withLegend) {
			LegendTitle legend = new LegendTitle(plot);
			legend.setItemFont(ChartStyle.LEGEND_FONT);
			legend.setItemPaint(ChartStyle.INK);
			legend.setFrame(BlockBorder.NONE);
			legend.setPosition(RectangleEdge.TOP);
			legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
			legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
			chart.addLegend(legend);
		}
		return chart;
	}

	/**
	 * The value axis' extent: from zero (or the lowest negative value) to the highest value or target, with some room
	 * on top, or exactly to the scale's upper bound. Numbers printed at the bars' ends need more room, also above an
	 * upper bound.
	 */
	private record Range(double lower, double upper) {

		static Range of(Chart chart, @Nullable Double target, boolean valuesAtBars) {
			double lowest = 0;
			double highest = 0;
			for (Series series : chart.series()) {
				for (Double value : series.values()) {
					if (value != null) {
						lowest = Math.min(lowest, value);
						highest = Math.max(highest, value);
					}
				}
			}
			if (target != null) {
				lowest = Math.min(lowest, target);
				highest = Math.max(highest, target);
			}
			Double max = chart.scale().max();
			double room = valuesAtBars ? 0.14 : max == null ? 0.06 : 0;
			if (max != null) {
				highest = max;
			}
			if (highest == lowest) {
				highest = lowest + 1;
			}
			double extent = highest - lowest;
			return new Range(lowest < 0 ? lowest - extent * room : 0, highest + extent * room);
		}

	}

	/**
	 * A category axis that names only every n-th category when there are more than fit side by side, e.g. 52 weeks
	 * under vertical bars; the table still names them all. Horizontal bars grow instead and name every category.
	 */
	private static final class SparseCategoryAxis extends CategoryAxis {

		private static final int MOST_LABELS = 26;

		private final List<String> categories;

		private final int step;

		SparseCategoryAxis(Chart chart, PlotOrientation orientation) {
			super(chart.categoryLabel());
			this.categories = chart.categories();
			int count = categories.size();
			this.step = orientation == PlotOrientation.VERTICAL ? (count + MOST_LABELS - 1) / MOST_LABELS : 1;
		}

		@Override
		@SuppressWarnings("rawtypes")
		protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
			return categories.indexOf(category.toString()) % step == 0 ? super.createLabel(category, width, edge, g2)
					: new TextBlock();
		}

	}

	/**
	 * A value axis that shows no ticks above the scale's upper bound: a percentage axis ends at 100 even when the
	 * plot leaves room above it for the numbers printed at the bars' ends.
	 */
	private static final class BoundedAxis extends NumberAxis {

		private final @Nullable Double max;

		BoundedAxis(String label, @Nullable Double max) {
			super(label);
			this.max = max;
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
			List ticks = super.refreshTicks(g2, state, dataArea, edge);
			if (max != null) {
				ticks.removeIf(tick -> ((NumberTick) tick).getValue() > max + 1e-9);
			}
			return ticks;
		}

	}

}
