package se.trygghet.chart;

/**
 * A chart drawn as a PNG picture for documents that cannot hold SVG, such as Word files: {@code width} and
 * {@code height} are the picture's size in pixels, larger than the SVG's for print.
 */
public record PngChart(byte[] png, int width, int height) {

	/** The height a picture {@code width} wide must have to keep the chart's proportions. */
	public double heightFor(double width) {
		return width * height / this.width;
	}

}
