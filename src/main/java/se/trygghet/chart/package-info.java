/**
 * Charts as accessible, deterministic SVG for web pages and PDFs: a chart is described by a record that validates
 * itself ({@link se.trygghet.chart.LineChart}, {@link se.trygghet.chart.BarChart}), and {@link se.trygghet.chart.Charts}
 * draws it with JFreeChart into SVG, together with a table of the same numbers for those who cannot see the figure.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.chart;
