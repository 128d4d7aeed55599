package se.trygghet.cost;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** The inputs of the cost tests, entered as a coordinator does (through the forms), and incidents to count. */
public final class CostFixtures {

	private CostFixtures() {
	}

	/** Sends the unit cost form as a coordinator, over the version stored (or as the first). */
	public static ResultActions saveUnit(MockMvc mvc, JdbcClient jdbc, String category, CostKind kind, String low,
			String high, int priceYear, String source) throws Exception {
		Integer version = jdbc.sql("select version from unit_cost where category = :c and kind = :k")
			.param("c", category)
			.param("k", kind.name())
			.query(Integer.class)
			.optional()
			.orElse(-1);
		return mvc.perform(post("/costs/units/" + category + "/" + kind).with(TestUsers.as(Role.COORDINATOR))
			.with(csrf())
			.param("low", low)
			.param("high", high)
			.param("priceYear", String.valueOf(priceYear))
			.param("source", source)
			.param("version", String.valueOf(version)));
	}

	/** Sends the price index form as a coordinator. */
	public static void index(MockMvc mvc, int year, String value) throws Exception {
		mvc.perform(post("/costs/index").with(TestUsers.as(Role.COORDINATOR))
			.with(csrf())
			.param("year", String.valueOf(year))
			.param("value", value)
			.param("source", "Testindex"))
			.andExpect(status().is3xxRedirection());
	}

	/** Incidents of a category inside a district of Västerås on one day. */
	public static void incidents(JdbcClient jdbc, AreaCatalog areas, String category, int count, String district,
			LocalDate day) {
		AreaId area = areas.area("1980", AreaLevel.STADSDEL, district).orElseThrow().id();
		Point inside = areas.boundary(area).orElseThrow().getInteriorPoint();
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north,
					                      area_id, organisation, severity, source, external_id, reported_by, reported_at)
					values (:id, '1980', :category, :at, 59.6, 16.5, :e, :n, :area, 'Test', 1, 'FILE', :ext, 'test', now())
					""")
				.param("id", UUID.randomUUID())
				.param("category", category)
				.param("at", Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()))
				.param("e", inside.getX())
				.param("n", inside.getY())
				.param("area", area.value())
				.param("ext", "cost-test-" + UUID.randomUUID())
				.update();
		}
	}

}
