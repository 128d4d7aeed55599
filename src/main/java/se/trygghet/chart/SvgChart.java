package se.trygghet.chart;

/**
 * A rendered chart: the SVG markup to put inline in a page or PDF, and the same numbers as a table. The SVG carries
 * {@code role="img"}, a {@code <title>} and a {@code <desc>}; {@code title} and {@code description} are the same texts
 * for a figure caption. {@code id} is the SVG element's id, derived from the chart so that the same chart always gives
 * the same bytes; two identical charts on one page would therefore share an id.
 */
public record SvgChart(String id, String title, String description, String svg, ChartTable table) {

	/**
	 * The SVG for a tagged PDF, with {@code alternativeText} as its {@code alt} attribute: the PDF renderer
	 * (openhtmltopdf) gives an inline SVG's Figure element that attribute as its /Alt, and nothing else.
	 */
	public String svgForPdf(String alternativeText) {
		ChartRules.requireText(alternativeText, "A figure in a PDF needs an alternative text");
		return "<svg alt='" + SvgMarkup.escape(alternativeText) + "'" + svg.substring("<svg".length());
	}

}
