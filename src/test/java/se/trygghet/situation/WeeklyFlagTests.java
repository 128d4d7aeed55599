package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.incident.IncidentReporting;

/**
 * The situation picture tests every area × category cell (and every total) at once, so its flags are adjusted for
 * that (Benjamini–Hochberg, as the hot spots are), and the page says how many flags chance alone would give.
 */
@PlatformIntegrationTest
class WeeklyFlagTests {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** A week no other test writes, Monday 7 March 2011; the four weeks before start on 7 February. */
	static final String WEEK = "2011-W10";

	@Autowired
	MockMvc mvc;

	@Autowired
	SituationPictures pictures;

	@Autowired
	IncidentReporting reporting;

	@Autowired
	AreaCatalog areas;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	void incident(String prefix, String category, UUID area, LocalDate day) {
		jdbc.sql("""
				insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north, area_id,
				                      organisation, severity, source, external_id, reported_by, reported_at)
				values (:id, '1980', :c, :at, 59.6150, 16.5450, 588200, 6610000, :area, 'Test', 1, 'FILE', :ext, 'test', now())
				""")
			.param("id", UUID.randomUUID())
			.param("c", category)
			.param("at", Timestamp.from(day.atTime(12, 0).atZone(SWEDEN).toInstant()))
			.param("area", area)
			.param("ext", prefix + UUID.randomUUID())
			.update();
	}

	/**
	 * Three graffiti reports in Centrum against two in the four weeks before (mean 0.5): P(X ≥ 3 | 0.5) ≈ 0.014, below
	 * 5 % on its own, and so are Centrum's total and graffiti's total. Among the picture's many cells that is what
	 * chance gives: Benjamini–Hochberg at 5 % needs p ≤ 0.05 · 3 / m, which 0.014 is not for m above 10. Another
	 * district has ten fires every week, as it always had.
	 */
	void week() {
		if (jdbc.sql("select exists (select 1 from incident where external_id like 'weekly-flag-%')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		UUID centrum = district("Centrum");
		UUID other = district("Bäckby");
		LocalDate monday = LocalDate.of(2011, 3, 7);
		for (int i = 0; i < 3; i++) {
			incident("weekly-flag-", "klotter", centrum, monday.plusDays(i));
		}
		incident("weekly-flag-", "klotter", centrum, monday.minusWeeks(1));
		incident("weekly-flag-", "klotter", centrum, monday.minusWeeks(3));
		for (int week = 0; week <= 4; week++) {
			for (int i = 0; i < 10; i++) {
				incident("weekly-flag-", "brand", other, monday.minusWeeks(week).plusDays(i % 7));
			}
		}
	}

	UUID district(String name) {
		return areas.atLevel(reporting.municipality(), AreaLevel.STADSDEL)
			.stream()
			.filter(a -> a.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id()
			.value();
	}

	@Test
	void flagsNothingThatChanceAmongTheWeeksManyCellsExplainsAndSaysHowManyFlagsChanceWouldGive() throws Exception {
		week();
		SituationPictures.Picture picture = pictures.picture(reporting.municipality(), SituationPeriod.parse(WEEK));
		SituationPictures.Cell graffiti = picture.rows()
			.stream()
			.filter(r -> r.areaName().equals("Centrum"))
			.findFirst()
			.orElseThrow()
			.cells()
			.get("klotter");
		assertThat(graffiti.count()).isEqualTo(3);
		assertThat(graffiti.earlierMean()).isEqualTo(0.5);
		assertThat(SituationPictures.unlikelyByChance(3, 0.5)).as("on its own it would be flagged").isTrue();
		assertThat(graffiti.flagged()).as("among the picture's cells it is what chance gives").isFalse();
		assertThat(picture.total().flagged()).isFalse();
		int tested = picture.rows().size() * picture.categories().size() + picture.rows().size()
				+ picture.categories().size() + 1;

		String page = mvc.perform(get("/situation?period=" + WEEK).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).as("no cell of the table is flagged").doesNotContain("class=\"flag\"");
		String flags = page.substring(page.indexOf("id=\"flag-test\""), page.indexOf("</p>", page.indexOf("id=\"flag-test\"")));
		assertThat(flags).contains(tested + " rutor").contains("Benjamini–Hochberg").contains("slumpen ensam");

		byte[] pdf = mvc.perform(get("/situation/" + WEEK + "/pdf").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains(tested + " rutor").contains("slumpen ensam").doesNotContain("▲ ökning");
		}
	}

	/** A week no other test writes, Monday 16 May 2011: twelve vehicle fires in Centrum where there were none before. */
	static final String SURGE = "2011-W20";

	@Test
	void stillFlagsAnIncreaseThatChanceAmongTheManyCellsDoesNotExplain() throws Exception {
		if (!jdbc.sql("select exists (select 1 from incident where external_id like 'weekly-surge-%')")
			.query(Boolean.class)
			.single()) {
			for (int i = 0; i < 12; i++) {
				incident("weekly-surge-", "fordonsbrand", district("Centrum"), LocalDate.of(2011, 5, 16).plusDays(i % 7));
			}
		}
		SituationPictures.Picture picture = pictures.picture(reporting.municipality(), SituationPeriod.parse(SURGE));
		// P(X ≥ 12 | 0.25) is about 1e-17: far below 0.05 · 1 / m for any m the table can have
		assertThat(picture.totals().get("fordonsbrand").flagged()).isTrue();
		assertThat(picture.flags().flagged()).as("the cell, Centrum's, the category's and the grand total").isEqualTo(4);
		assertThat(picture.flags().chanceAmongFlagged()).isEqualTo(0.2);

		String page = mvc.perform(get("/situation?period=" + SURGE).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("class=\"flag\"");
		String flags = page.substring(page.indexOf("id=\"flag-test\""), page.indexOf("</p>", page.indexOf("id=\"flag-test\"")));
		assertThat(flags).contains("Av de 4 flaggor som visas väntas högst 0,20 bero på slumpen.");
	}

	@Test
	void expectsAsManyChanceFlagsAsTheCountsOwnPoissonTailsGive() {
		// with nothing before, λ = 0.25: 3 is the least count flagged on its own, P(X ≥ 3) = 0.00216
		assertThat(SituationPictures.chanceOfAFlag(0)).isCloseTo(0.0021614, org.assertj.core.api.Assertions.within(1e-6));
		// with λ = 4, 9 is the least (P(X ≥ 8) = 0.051, P(X ≥ 9) = 0.0214)
		assertThat(SituationPictures.chanceOfAFlag(4)).isCloseTo(0.021363, org.assertj.core.api.Assertions.within(1e-5));
		SituationPictures.Family family = new SituationPictures.Family();
		int lone = family.add(3, 0, 0);
		for (int i = 0; i < 39; i++) {
			family.add(0, 0, 0);
		}
		SituationPictures.FlagTest test = family.test();
		assertThat(test.tested()).isEqualTo(40);
		assertThat(test.chanceUnadjusted()).isCloseTo(40 * 0.0021614, org.assertj.core.api.Assertions.within(1e-5));
		// p = 0.0022 on its own, but 0.0022 · 40 = 0.086 once the forty are tested together
		assertThat(SituationPictures.unlikelyByChance(3, 0)).isTrue();
		assertThat(family.cell(lone).flagged()).isFalse();
		assertThat(test.flagged()).isZero();
	}

	@Test
	void theDemoShowsWhatAFlagLooksLikeInTheWeeksOfItsTwoInventedSprees() {
		for (String[] spree : List.of(new String[] { "klotter", "Bäckby" }, new String[] { "skadegorelse", "Råby" })) {
			java.time.OffsetDateTime first = jdbc.sql("""
					select min(occurred_at) from incident where demo and source = 'DEMO' and external_id like :prefix
					""").param("prefix", "demo-rise-" + spree[0] + "-%").query(java.time.OffsetDateTime.class).list().get(0);
			assertThat(first).as("the demo's spree of " + spree[0]).isNotNull();
			SituationPictures.Picture picture = pictures.picture(reporting.municipality(),
					SituationPeriod.weekOf(first.atZoneSameInstant(SWEDEN).toLocalDate()));
			assertThat(picture.anyDemo()).isTrue();
			assertThat(picture.rows()).filteredOn(row -> row.areaName().equals(spree[1]))
				.singleElement()
				.satisfies(row -> assertThat(row.cells().get(spree[0]).flagged()).as(spree[1] + " " + spree[0]).isTrue());
		}
	}

}
