package se.trygghet.incident;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
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
 * last weeks, so the hot-spot map has clusters, and two invented sprees (one district and category each, last week and
 * this week so far) strong enough for the situation picture to flag. Every row is marked demo and goes through the
 * same checks as a report from the field.
 */
@Component
@Profile("demo")
@Order(40)
class DemoIncidents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIncidents.class);

	static final int COUNT = 2_000;

	private static final String[] ORGANISATIONS = { "Polisen", "Tekniska förvaltningen", "Bostads AB Mimer",
			"Bevakningsbolag", "Fältsekreterare" };

	/** A spree the demo's situation picture flags: last week, and this week so far. */
	private record Rise(String district, String category, int count, String what) {
	}

	private static final Rise[] RISES = {
			new Rise("Bäckby", "klotter", 14, "en serie klotter på samma gångtunnlar under en vecka."),
			new Rise("Råby", "skadegorelse", 10, "upprepad skadegörelse på busskurer i veckan.") };

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
				// more in the last five weeks: spread over every district and category, a rise too thin to be flagged
				long days = random.nextInt(6) == 0 ? random.nextInt(35) : random.nextInt(360);
				Instant when = now.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(random.nextInt(24 * 60)));
				reporting.store(NewIncident.atSweref99(categories.get(random.nextInt(categories.size())), when,
						point.east(), point.north(), ORGANISATIONS[random.nextInt(ORGANISATIONS.length)], null,
						1 + random.nextInt(3), "[Demodata] Påhittad händelse."), "DEMO", "demo-" + i, true);
				n++;
			}
			ZonedDateTime thisMonday = now.atZone(clock.getZone())
				.toLocalDate()
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.atStartOfDay(clock.getZone());
			n += rise(RISES[0], districts, thisMonday.minusWeeks(1).toInstant(), thisMonday.toInstant(), random);
			n += rise(RISES[1], districts, thisMonday.toInstant(), now, random);
			return n;
		}));
		log.info("{} demo incidents created", stored);
	}

	/**
	 * One invented spree on top of the usual: {@code count} incidents of one category near one place of one district,
	 * between {@code from} and {@code to}. The random year above spreads its rise over every district and category,
	 * and the situation picture adjusts its flags for testing all of them (Benjamini–Hochberg), so none of it is
	 * strong enough to be flagged; a spree like this one is, and shows the demo what a flag looks like. The
	 * description says it is invented.
	 */
	private int rise(Rise rise, List<AreaCatalog.AreaRef> districts, Instant from, Instant to, Random random) {
		AreaCatalog.AreaRef district = districts.stream()
			.filter(d -> d.name().equals(rise.district()))
			.findFirst()
			.orElse(districts.get(districts.size() - 1));
		Sweref99Point centre = pointIn(district, random);
		if (centre == null || !reporting.categories().contains(rise.category())) {
			return 0;
		}
		long span = Math.max(1, Duration.between(from, to).toSeconds());
		int n = 0;
		for (int i = 0; i < rise.count(); i++) {
			// within about 150 m of one place, as a spree is
			Sweref99Point point = new Sweref99Point(centre.east() + (random.nextDouble() - 0.5) * 300,
					centre.north() + (random.nextDouble() - 0.5) * 300);
			if (!areas.covers(district.id(), point)) {
				point = centre;
			}
			Instant when = from.plusSeconds((long) (random.nextDouble() * span));
			reporting.store(NewIncident.atSweref99(rise.category(), when, point.east(), point.north(),
					ORGANISATIONS[random.nextInt(ORGANISATIONS.length)], null, 2,
					"[Demodata] Påhittad ökning för demonstrationen: " + rise.what()), "DEMO",
					"demo-rise-" + rise.category() + "-" + i, true);
			n++;
		}
		return n;
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
