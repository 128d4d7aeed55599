package se.trygghet.situation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;
import se.trygghet.identity.CurrentUsers;

/**
 * Takes incidents in from every entry path and checks them the same way: a known category, a time that is neither in
 * the future nor more than a year back, a place inside the municipality, a severity of 1–3, an organisation, and a
 * description without personal identity or phone numbers. The place is stored in WGS84 and SWEREF 99 TM, with the
 * smallest area that contains it.
 */
@Service
class IncidentReporting {

	static final int MAX_DESCRIPTION = 2_000;

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final String municipality;

	IncidentReporting(JdbcClient jdbc, AreaCatalog areas, CurrentUsers currentUsers, Clock clock,
			@Value("${app.situation.municipality:1980}") String municipality) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.currentUsers = currentUsers;
		this.clock = clock;
		this.municipality = municipality;
	}

	String municipality() {
		return municipality;
	}

	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN', 'FIELD_REPORTER')")
	@Transactional
	UUID report(NewIncident incident) {
		return store(incident, "FORM", null, false);
	}

	/** Checks and stores; {@code source} says which entry path, {@code externalId} deduplicates feeds and files. */
	UUID store(NewIncident incident, String source, @Nullable String externalId, boolean demo) {
		return store(incident, check(incident), source, externalId, demo);
	}

	/** Stores an incident {@link #check} has already passed, with what the check found. */
	UUID store(NewIncident incident, Checked checked, String source, @Nullable String externalId, boolean demo) {
		return store(incident, checked, source, externalId, null, demo);
	}

	/**
	 * Stores a checked incident; {@code partner} is the organisation an API token reports for, whose own ids
	 * {@code externalId} are unique among its incidents.
	 */
	UUID store(NewIncident incident, Checked checked, String source, @Nullable String externalId,
			@Nullable String partner, boolean demo) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north, area_id,
				                      organisation, reporter_role, severity, description, source, external_id,
				                      reported_by, reported_at, demo, partner)
				values (:id, :m, :category, :occurred, :lat, :lon, :east, :north, :area, :org, :role, :severity,
				        :description, :source, :external, :by, :at, :demo, :partner)
				""")
			.param("id", id)
			.param("m", municipality)
			.param("category", incident.category())
			.param("occurred", Timestamp.from(incident.occurredAt()))
			.param("lat", incident.latitude())
			.param("lon", incident.longitude())
			.param("east", checked.point().east())
			.param("north", checked.point().north())
			.param("area", checked.area())
			.param("org", incident.organisation().strip())
			.param("role", blankToNull(incident.reporterRole()))
			.param("severity", incident.severity())
			.param("description", blankToNull(incident.description()))
			.param("source", source)
			.param("external", externalId)
			.param("by", currentUsers.actorName())
			.param("at", Timestamp.from(clock.instant()))
			.param("demo", demo)
			.param("partner", partner)
			.update();
		return id;
	}

	record Checked(Sweref99Point point, @Nullable UUID area) {
	}

	/** Every problem of an incident, field by field; throws when there is any. */
	Checked check(NewIncident incident) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (incident.category() == null || !categories().contains(incident.category())) {
			problems.put("category", "situation.incident.category.unknown");
		}
		Instant now = clock.instant();
		if (incident.occurredAt() == null) {
			problems.put("occurredAt", "situation.incident.time.missing");
		}
		else if (incident.occurredAt().isAfter(now.plus(Duration.ofMinutes(10)))) {
			problems.put("occurredAt", "situation.incident.time.future");
		}
		else if (incident.occurredAt().isBefore(now.minus(Duration.ofDays(366)))) {
			problems.put("occurredAt", "situation.incident.time.old");
		}
		if (incident.severity() == null || incident.severity() < 1 || incident.severity() > 3) {
			problems.put("severity", "situation.incident.severity.invalid");
		}
		if (incident.organisation() == null || incident.organisation().isBlank()) {
			problems.put("organisation", "situation.incident.organisation.missing");
		}
		if (incident.description() != null && incident.description().length() > MAX_DESCRIPTION) {
			problems.put("description", "situation.incident.description.tooLong");
		}
		PersonalData.findIn(incident.description()).ifPresent(kind -> problems.put("description", kind.messageCode()));
		Sweref99Point point = null;
		UUID area = null;
		if (incident.latitude() == null || incident.longitude() == null) {
			problems.put("location", "situation.incident.location.missing");
		}
		else {
			try {
				point = new Wgs84Point(incident.latitude(), incident.longitude()).toSweref99();
				Optional<AreaCatalog.AreaRef> found = areas.locate(point);
				if (!insideMunicipality(point, found)) {
					problems.put("location", "situation.incident.location.outside");
				}
				else {
					area = found.map(a -> a.id().value()).orElse(null);
				}
			}
			catch (IllegalArgumentException ex) {
				problems.put("location", "situation.incident.location.outside");
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidIncident(problems);
		}
		return new Checked(point, area);
	}

	/**
	 * Inside the municipality's own boundary when it has one; otherwise inside one of its mapped areas (the real
	 * Västerås row has no boundary until the municipality's map is imported).
	 */
	private boolean insideMunicipality(Sweref99Point point, Optional<AreaCatalog.AreaRef> found) {
		Optional<AreaCatalog.AreaRef> kommun = areas.atLevel(municipality, AreaLevel.KOMMUN).stream().findFirst();
		if (kommun.isPresent() && kommun.get().mapped()) {
			return areas.covers(kommun.get().id(), point);
		}
		return found.filter(a -> a.municipality().equals(municipality)).isPresent();
	}

	/** The external ids already imported from a source, so a file or feed sent again adds nothing twice. */
	Set<String> importedIds(String source) {
		return Set.copyOf(jdbc.sql("select external_id from incident where source = :s and external_id is not null")
			.param("s", source)
			.query(String.class)
			.list());
	}

	/**
	 * The active categories, read at most every {@value #CATEGORY_TTL_SECONDS} s: every incident is checked against
	 * them, and the list changes seldom (a bulk import of thousands should not ask thousands of times).
	 */
	Set<String> categories() {
		Categories cached = categories;
		Instant now = clock.instant();
		if (cached == null || cached.readAt().plusSeconds(CATEGORY_TTL_SECONDS).isBefore(now)) {
			cached = new Categories(
					Set.copyOf(jdbc.sql("select code from incident_category where active").query(String.class).list()), now);
			categories = cached;
		}
		return cached.codes();
	}

	static final int CATEGORY_TTL_SECONDS = 60;

	private record Categories(Set<String> codes, Instant readAt) {
	}

	private volatile @Nullable Categories categories;

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
