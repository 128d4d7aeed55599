package se.trygghet.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class ChartFragmentTests {

	final Charts charts = new Charts();

	String figure(SvgChart chart) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine.process("fragments/chart", Set.of("figure"), new Context(null, Map.of("chart", chart)));
	}

	@Test
	void showsTheSvgWithACaptionAndTheNumbersAsATable() {
		SvgChart chart = charts.render(ChartFixtures.safetyByGender());

		String html = figure(chart);

		assertThat(html).contains("<figure class=\"chart\" id=\"" + chart.id() + "-figure\">",
				"<figcaption>Känner sig trygga i sitt bostadsområde</figcaption>", chart.svg(),
				"<summary>Visa siffrorna som tabell</summary>",
				"<caption>Känner sig trygga i sitt bostadsområde (Andel av de svarande (%))</caption>",
				"<th scope=\"col\">Kvinnor</th>", "<th scope=\"row\">2021</th>", "<td>..</td>",
				"<p class=\"chart-note\">.. = uppgift saknas eller är för osäker för att visas</p>");
	}

	@Test
	void escapesUserTextOnceInTheTableAndTheSvg() {
		String title = "Bränder & <script>alert('x')</script>";
		SvgChart chart = charts.render(new BarChart(title, "Område", List.of("Öster <b>"), Scale.count("Antal"),
				List.of(Series.of("Brand \"bil\"", 3.0)), BarChart.Orientation.VERTICAL, false));

		String html = figure(chart);

		assertThat(html).doesNotContain("<script", "<b>")
			.contains("<figcaption>Bränder &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</figcaption>")
			.contains("<title id='" + chart.id() + "-title'>Bränder &amp; &lt;script&gt;alert(&apos;x&apos;)")
			.contains("<th scope=\"row\">Öster &lt;b&gt;</th>")
			.doesNotContain("&amp;amp;", "&amp;lt;");
	}

}
