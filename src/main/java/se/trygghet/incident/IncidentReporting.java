package se.trygghet.incident;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import se.trygghet.system.PersonalData;
import se.trygghet.system.Refusal;

/**
 * Takes incidents in from every entry path and checks them the same way: a known category, a time that is neither in
 * the future nor more than a year back, a place inside the municipality, a severity of 1–3, an organisation, and a
 * description without personal identity or phone numbers. The place is stored in WGS84 and SWEREF 99 TM, with the
 * smallest area that contains it: exactly as given in the system it was given in, the other system derived from it. A
 * point given in SWEREF 99 TM on a grid line thus stays on that line, and in the cell docs/HOTSPOTS.md names (a round
 * trip through WGS84 moves it by a nanometre, which can be across the line).
 *
 * <p>The incident module's face for the lägesbild: the municipality whose incidents are taken in, the categories, and
 * {@link #report} for a single report (the analysis's tests and demo build their fixtures through it).
 */
@Service
public class IncidentReporting {

	/** The longest description kept. */
	public static final int MAX_DESCRIPTION = 2_000;

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

	/** The municipality (kommunkod) whose incidents the platform takes in and analyses. */
	public String municipality() {
		return municipality;
	}

	/** Checks and stores one report made by the signed-in person; refuses it, every problem at once, when invalid. */
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN', 'FIELD_REPORTER')")
	@Transactional
	public UUID report(NewIncident incident) {
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
			.param("lat", checked.place().latitude())
			.param("lon", checked.place().longitude())
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

	/** Where a checked incident is: its SWEREF 99 TM point and WGS84 place (one as given), and its smallest area. */
	record Checked(Sweref99Point point, Wgs84Point place, @Nullable UUID area) {
	}

	/** What the check found of one incident: where it is when it passed, or its problems field by field. */
	record Verdict(@Nullable Checked checked, Map<String, String> problems) {
	}

	/** Every problem of an incident, field by field; throws when there is any. */
	Checked check(NewIncident incident) {
		Verdict verdict = checkAll(List.of(incident)).get(0);
		if (verdict.checked() == null) {
			throw Refusal.onFields(verdict.problems());
		}
		return verdict.checked();
	}

	/**
	 * The check of {@link #check} for many incidents at once, as a file import needs it: the areas are located against
	 * one state of the area index for the whole list, instead of reading its revision several times per incident.
	 */
	List<Verdict> checkAll(List<NewIncident> incidents) {
		Instant now = clock.instant();
		Set<String> categories = categories();
		List<Map<String, String>> problems = new ArrayList<>(incidents.size());
		List<@Nullable Sweref99Point> points = new ArrayList<>(incidents.size());
		List<@Nullable Wgs84Point> places = new ArrayList<>(incidents.size());
		List<Sweref99Point> located = new ArrayList<>(incidents.size());
		for (NewIncident incident : incidents) {
			Map<String, String> found = new LinkedHashMap<>();
			if (incident.category() == null || !categories.contains(incident.category())) {
				found.put("category", "situation.incident.category.unknown");
			}
			if (incident.occurredAt() == null) {
				found.put("occurredAt", "situation.incident.time.missing");
			}
			else if (incident.occurredAt().isAfter(now.plus(Duration.ofMinutes(10)))) {
				found.put("occurredAt", "situation.incident.time.future");
			}
			else if (incident.occurredAt().isBefore(now.minus(Duration.ofDays(366)))) {
				found.put("occurredAt", "situation.incident.time.old");
			}
			if (incident.severity() == null || incident.severity() < 1 || incident.severity() > 3) {
				found.put("severity", "situation.incident.severity.invalid");
			}
			if (incident.organisation() == null || incident.organisation().isBlank()) {
				found.put("organisation", "situation.incident.organisation.missing");
			}
			if (incident.description() != null && incident.description().length() > MAX_DESCRIPTION) {
				found.put("description", "situation.incident.description.tooLong");
			}
			PersonalData.findIn(incident.description()).ifPresent(kind -> found.put("description", "situation.personalData." + kind.key()));
			Sweref99Point point = null;
			Wgs84Point place = null;
			boolean wgs84 = incident.latitude() != null || incident.longitude() != null;
			if (wgs84 && incident.givenInSweref99()) {
				found.put("location", "situation.incident.location.both");
			}
			else if (incident.givenInSweref99() ? incident.east() == null || incident.north() == null
					: incident.latitude() == null || incident.longitude() == null) {
				found.put("location", "situation.incident.location.missing");
			}
			else {
				try {
					// the system the place is given in is kept exactly; the other one is derived from it
					if (incident.givenInSweref99()) {
						point = new Sweref99Point(incident.east(), incident.north());
						place = point.toWgs84();
					}
					else {
						place = new Wgs84Point(incident.latitude(), incident.longitude());
						point = place.toSweref99();
					}
					located.add(point);
				}
				catch (IllegalArgumentException ex) {
					point = null;
					found.put("location", "situation.incident.location.outside");
				}
			}
			problems.add(found);
			points.add(point);
			places.add(place);
		}
		List<AreaCatalog.@Nullable AreaRef> areasFound = areas.locateAll(located);
		List<Boolean> inside = insideMunicipality(located, areasFound);
		List<Verdict> verdicts = new ArrayList<>(incidents.size());
		int next = 0;
		for (int i = 0; i < incidents.size(); i++) {
			Map<String, String> found = problems.get(i);
			Sweref99Point point = points.get(i);
			UUID area = null;
			if (point != null) {
				AreaCatalog.AreaRef ref = areasFound.get(next);
				if (!inside.get(next)) {
					found.put("location", "situation.incident.location.outside");
				}
				else if (ref != null) {
					area = ref.id().value();
				}
				next++;
			}
			verdicts.add(found.isEmpty() ? new Verdict(new Checked(point, places.get(i), area), Map.of())
					: new Verdict(null, found));
		}
		return verdicts;
	}

	/**
	 * Inside the municipality's own boundary when it has one; otherwise inside one of its mapped areas (the real
	 * Västerås row has no boundary until the municipality's map is imported).
	 */
	private List<Boolean> insideMunicipality(List<Sweref99Point> points, List<AreaCatalog.@Nullable AreaRef> found) {
		Optional<AreaCatalog.AreaRef> kommun = areas.atLevel(municipality, AreaLevel.KOMMUN).stream().findFirst();
		if (kommun.isPresent() && kommun.get().mapped()) {
			return areas.coversAll(kommun.get().id(), points);
		}
		List<Boolean> inside = new ArrayList<>(found.size());
		for (AreaCatalog.AreaRef area : found) {
			inside.add(area != null && area.municipality().equals(municipality));
		}
		return inside;
	}

	/** Which of these external ids were imported from a source before, so a file sent again adds nothing twice. */
	Set<String> importedIds(String source, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		// "source <> 'API'" spelled out lets the planner use the partial unique index on (source, external_id), which
		// leaves out the partners' ids; with only the parameter a generic plan scans the whole table every batch
		return new HashSet<>(jdbc.sql("""
				select external_id from incident
				 where source = :s and source <> 'API' and external_id = any(cast(:ids as text[]))
				""")
			.param("s", source)
			.param("ids", ids.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/**
	 * The active categories, read at most every {@value #CATEGORY_TTL_SECONDS} s: every incident is checked against
	 * them, and the list changes seldom (a bulk import of thousands should not ask thousands of times).
	 */
	/** The codes of the active categories. */
	public Set<String> categories() {
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

	/** The active categories in their order, with their names. */
	public List<IncidentCategory> activeCategories() {
		return jdbc.sql("select code, name_sv, name_en from incident_category where active order by position")
			.query((rs, n) -> new IncidentCategory(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private record Categories(Set<String> codes, Instant readAt) {
	}

	private volatile @Nullable Categories categories;

	/** Text stripped, or null when there is none: how every entry path stores optional text. */
	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
