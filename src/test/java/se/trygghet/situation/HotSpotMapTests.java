package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.trygghet.area.Sweref99Point;

/** The hot-spot map image: bins told apart without colour, words in the legend, scale and north, same bytes. */
class HotSpotMapTests {

	static final HotSpotMap.Texts TEXTS = new HotSpotMap.Texts("Hot spots 2026", "Karta över Västerås",
			Map.of(3, "Hot spot, 99 % säkerhet", 2, "Hot spot, 95 % säkerhet", 1, "Hot spot, 90 % säkerhet", -1,
					"Cold spot, 90 % säkerhet", -2, "Cold spot, 95 % säkerhet", -3, "Cold spot, 99 % säkerhet"),
			"Inte signifikant", "Gräns för stadsdel", "Kommungräns", "Teckenförklaring", "N", "km");

	static final List<HotSpotMap.Outline> OUTLINES = List.of(new HotSpotMap.Outline("Västerås",
			List.of(List.of(new Sweref99Point(580_000, 6_600_000), new Sweref99Point(600_000, 6_600_000),
					new Sweref99Point(600_000, 6_620_000), new Sweref99Point(580_000, 6_620_000),
					new Sweref99Point(580_000, 6_600_000))),
			true));

	static final List<GetisOrd.CellStatistic> CELLS = List.of(
			new GetisOrd.CellStatistic(new GridCell(1180, 13220), 9, 4.2, 0.00002, 0.001, 3),
			new GetisOrd.CellStatistic(new GridCell(1181, 13220), 4, 2.2, 0.02, 0.04, 2),
			new GetisOrd.CellStatistic(new GridCell(1190, 13230), 0, -1.8, 0.07, 0.09, -1),
			new GetisOrd.CellStatistic(new GridCell(1185, 13225), 1, 0.1, 0.9, 1, 0));

	@Test
	void drawsEachBinWithItsOwnHatchingAndNamesItInWords() {
		String svg = HotSpotMap.svg(OUTLINES, CELLS, 500, TEXTS);
		assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=", "Hot spots 2026", "Karta över Västerås");
		// hot spots rise ("/"), cold spots fall ("\"), with 4, 7 and 12 px between the lines
		assertThat(svg).contains("-binp3\" patternUnits=\"userSpaceOnUse\" width=\"4\"", "M0 4 L4 0",
				"-binp2\" patternUnits=\"userSpaceOnUse\" width=\"7\"", "-binm1\" patternUnits=\"userSpaceOnUse\" width=\"12\"",
				"M0 0 L12 12");
		assertThat(svg).contains("+3 Hot spot, 99 % säkerhet", "−1 Cold spot, 90 % säkerhet", "Inte signifikant",
				"Kommungräns", "Gräns för stadsdel");
		// the cell that is not significant is not drawn: three cell rectangles, each filled with its bin's pattern
		assertThat(svg.split("-binp3\\)\"", -1)).hasSize(3); // the cell and the legend swatch
		assertThat(svg).contains(">N</text>").contains(" km</text>");
	}

	@Test
	void givesTheSameBytesForTheSameInputWhateverTheOrderOfTheCells() {
		String once = HotSpotMap.svg(OUTLINES, CELLS, 500, TEXTS);
		String again = HotSpotMap.svg(OUTLINES, List.of(CELLS.get(3), CELLS.get(2), CELLS.get(1), CELLS.get(0)), 500,
				TEXTS);
		assertThat(again).isEqualTo(once);
	}

	@Test
	void drawsTheSameMapAsAPng() {
		String svg = HotSpotMap.svg(OUTLINES, CELLS, 500, TEXTS);
		byte[] png = HotSpotMap.png(svg, 940);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(HotSpotMap.size(svg)[0]).isEqualTo(HotSpotMap.MAP_WIDTH);
	}

}
