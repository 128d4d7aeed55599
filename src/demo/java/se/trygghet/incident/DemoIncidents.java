package se.trygghet.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.area.Sweref99Point;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;

/**
 * For the demo only: a year of invented EST incidents in the demo districts, denser in two of them and rising in the
 * last weeks, so the situation picture has flags and the hot-spot map has clusters. Every row is marked demo and goes
 * through the same checks as a report from the field.
 */
@Component
@Profile("demo")
@Order(40)
class DemoIncidents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIncidents.class);

	static final int COUNT = 2_000;

	private static final String[] ORGANISATIONS = { "Polisen", "Tekniska förvaltningen", "Bostads AB Mimer",
			"Bevakningsbolag", "Fältsekreterare" };

	private final IncidentReporting reporting;

	private final AreaCatalog areas;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoIncidents(IncidentReporting reporting, AreaCatalog areas, JdbcClient jdbc, CurrentUsers currentUsers,
			TransactionTemplate transaction, Clock clock) {
		this.reporting = reporting;
		this.areas = areas;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from incident where demo)").query(Boolean.class).single()) {
			return;
		}
		List<AreaCatalog.AreaRef> districts = new ArrayList<>(
				areas.atLevel(reporting.municipality(), AreaLevel.STADSDEL).stream().filter(a -> a.mapped() && a.demo()).toList());
		if (districts.isEmpty()) {
			return;
		}
		List<String> categories = new ArrayList<>(reporting.categories());
		categories.sort(null);
		Random random = new Random(1980);
		Instant now = clock.instant();
		int stored = currentUsers.asSystem(Set.of(Role.ANALYST), Set.of(), () -> transaction.execute(status -> {
			int n = 0;
			for (int i = 0; i < COUNT; i++) {
				// the first two districts get half of everything: clusters for the hot-spot map
				AreaCatalog.AreaRef district = districts.get(random.nextInt(4) < 2 ? random.nextInt(Math.min(2, districts.size()))
						: random.nextInt(districts.size()));
				Sweref99Point point = pointIn(district, random);
				if (point == null) {
					continue;
				}
				// more in the last five weeks, so this week's picture has something to flag
				long days = random.nextInt(6) == 0 ? random.nextInt(35) : random.nextInt(360);
				Instant when = now.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(random.nextInt(24 * 60)));
				reporting.store(NewIncident.atSweref99(categories.get(random.nextInt(categories.size())), when,
						point.east(), point.north(), ORGANISATIONS[random.nextInt(ORGANISATIONS.length)], null,
						1 + random.nextInt(3), "[Demodata] Påhittad händelse."), "DEMO", "demo-" + i, true);
				n++;
			}
			return n;
		}));
		log.info("{} demo incidents created", stored);
	}

	private @org.jspecify.annotations.Nullable Sweref99Point pointIn(AreaCatalog.AreaRef district, Random random) {
		AreaCatalog.Bounds b = areas.bounds(district.id()).orElse(null);
		if (b == null) {
			return null;
		}
		for (int attempt = 0; attempt < 50; attempt++) {
			// a triangular spread around the middle of the box: denser towards the district's centre
			double e = b.minEast() + (b.maxEast() - b.minEast()) * (random.nextDouble() + random.nextDouble()) / 2;
			double n = b.minNorth() + (b.maxNorth() - b.minNorth()) * (random.nextDouble() + random.nextDouble()) / 2;
			Sweref99Point point = new Sweref99Point(e, n);
			if (areas.covers(district.id(), point)) {
				return point;
			}
		}
		return null;
	}

}
