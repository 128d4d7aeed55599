package se.trygghet.incident;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.ApiClient;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.Refusal;

/**
 * Incidents sent by partner systems with an API token. A request is all or nothing: every item is checked as a form
 * report is ({@link IncidentReporting#check}), every problem of every item is gathered, and nothing is stored if there
 * is any. The partner's own id ({@code externalId}) makes a resend harmless: an id its organisation sent before is
 * answered as already received and not stored twice.
 */
@Service
class PartnerIncidents {

	static final int MAX_BATCH = 1_000;

	static final int MAX_EXTERNAL_ID = 200;

	private final IncidentReporting reporting;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	private final java.time.ZoneId zone;

	PartnerIncidents(IncidentReporting reporting, CurrentUsers currentUsers, JdbcClient jdbc, java.time.Clock clock) {
		this.zone = clock.getZone();
		this.reporting = reporting;
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
	}

	/** One item as sent, every value as text, so that a value of the wrong type is a problem of its field too. */
	public record Item(@Nullable String externalId, @Nullable String category, @Nullable String occurredAt,
			@Nullable String latitude, @Nullable String longitude, @Nullable String east, @Nullable String north,
			@Nullable String organisation, @Nullable String reporterRole, @Nullable String severity,
			@Nullable String description) {
	}

	public record Problem(int index, String field, String code) {
	}

	/** What became of an item: stored now, or received before (then {@code id} is the earlier incident). */
	public record Received(int index, String externalId, UUID id, boolean created) {
	}

	public record Outcome(List<Received> incidents, List<Problem> problems) {

		int created() {
			return (int) incidents.stream().filter(Received::created).count();
		}

	}

	@PreAuthorize("hasAuthority('" + ApiClient.INCIDENTS_WRITE + "')")
	@Transactional
	Outcome receive(List<Item> items) {
		ApiClient client = client();
		List<Problem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<NewIncident> incidents = new ArrayList<>();
		List<IncidentReporting.Checked> checks = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			Item item = items.get(index);
			int before = problems.size();
			String externalId = strip(item.externalId());
			if (externalId == null) {
				problems.add(new Problem(index, "externalId", "situation.api.externalId.missing"));
			}
			else if (externalId.length() > MAX_EXTERNAL_ID) {
				problems.add(new Problem(index, "externalId", "situation.api.externalId.tooLong"));
			}
			else if (!seen.add(externalId)) {
				problems.add(new Problem(index, "externalId", "situation.api.externalId.repeated"));
			}
			NewIncident incident = incident(index, item, client, problems);
			IncidentReporting.Checked checked = null;
			try {
				checked = reporting.check(incident);
			}
			catch (Refusal ex) {
				boolean sweref = item.east() != null || item.north() != null;
				int at = index;
				ex.fieldCodes().forEach((field, code) -> {
					String name = field.equals("location") ? (sweref ? "east/north" : "latitude/longitude") : field;
					// a field already refused while reading it (an unreadable time, a coordinate that is not a
					// number) is not refused a second time for being missing
					if (problems.subList(before, problems.size()).stream().noneMatch(p -> p.field().equals(name))) {
						problems.add(new Problem(at, name, code));
					}
				});
			}
			incidents.add(incident);
			checks.add(checked);
		}
		if (!problems.isEmpty()) {
			return new Outcome(List.of(), problems);
		}
		Map<String, UUID> known = known(client.organisation(),
				items.stream().map(i -> strip(i.externalId())).toList());
		List<Received> received = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			String externalId = strip(items.get(index).externalId());
			UUID earlier = known.get(externalId);
			received.add(earlier != null ? new Received(index, externalId, earlier, false)
					: new Received(index, externalId, reporting.store(incidents.get(index), checks.get(index), "API",
							externalId, client.organisation(), false), true));
		}
		return new Outcome(received, List.of());
	}

	/** An incident as stored, for the partner that sent it. */
	public record Stored(UUID id, String externalId, String category, OffsetDateTime occurredAt, @Nullable Double latitude,
			@Nullable Double longitude, @Nullable Double east, @Nullable Double north, @Nullable String area,
			String organisation, @Nullable String reporterRole, int severity, @Nullable String description,
			OffsetDateTime receivedAt) {
	}

	/** An incident this very token sent; any other (another token's, a form report) is not there for it. */
	@PreAuthorize("hasAuthority('" + ApiClient.INCIDENTS_WRITE + "')")
	Optional<Stored> read(UUID id) {
		return jdbc.sql("""
				select i.id, i.external_id, i.category, i.occurred_at, i.latitude, i.longitude, i.east, i.north, a.name,
				       i.organisation, i.reporter_role, i.severity, i.description, i.reported_at
				  from incident i left join area a on a.id = i.area_id
				 where i.id = :id and i.source = 'API' and i.reported_by = :by
				""")
			.param("id", id)
			.param("by", client().actorName())
			.query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					local(rs.getTimestamp(4)), (Double) rs.getObject(5), (Double) rs.getObject(6),
					(Double) rs.getObject(7), (Double) rs.getObject(8), rs.getString(9), rs.getString(10),
					rs.getString(11), rs.getInt(12), rs.getString(13), local(rs.getTimestamp(14))))
			.optional();
	}

	private ApiClient client() {
		return currentUsers.apiClient().orElseThrow(() -> new AccessDeniedException("Only with an API token"));
	}

	private OffsetDateTime local(java.sql.Timestamp at) {
		return at.toInstant().atZone(zone).toOffsetDateTime();
	}

	private Map<String, UUID> known(String partner, List<String> externalIds) {
		Map<String, UUID> known = new HashMap<>();
		if (!externalIds.isEmpty()) {
			jdbc.sql("""
					select external_id, id from incident
					 where source = 'API' and partner = :p and external_id in (:ids)
					""")
				.param("p", partner)
				.param("ids", externalIds)
				.query(rs -> {
					known.put(rs.getString(1), rs.getObject(2, UUID.class));
				});
		}
		return known;
	}

	/** Reads an item's values, adding a problem for each that cannot be read; what cannot be read is left out. */
	private static NewIncident incident(int index, Item item, ApiClient client, List<Problem> problems) {
		java.time.Instant occurred = null;
		if (item.occurredAt() != null) {
			try {
				occurred = OffsetDateTime.parse(item.occurredAt().strip()).toInstant();
			}
			catch (DateTimeParseException ex) {
				problems.add(new Problem(index, "occurredAt", "situation.api.occurredAt.format"));
			}
		}
		Double latitude = null;
		Double longitude = null;
		Double east = null;
		Double north = null;
		boolean wgs84 = item.latitude() != null || item.longitude() != null;
		boolean sweref = item.east() != null || item.north() != null;
		if (wgs84 && sweref) {
			problems.add(new Problem(index, "east/north", "situation.api.coordinates.both"));
		}
		else if (sweref) {
			// kept as sent: not through WGS84 and back, which could move a point across a grid line
			try {
				east = number(item.east());
				north = number(item.north());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(index, "east/north", "situation.api.coordinates.invalid"));
			}
		}
		else if (wgs84) {
			try {
				latitude = number(item.latitude());
				longitude = number(item.longitude());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(index, "latitude/longitude", "situation.api.coordinates.invalid"));
			}
		}
		Integer severity = null;
		if (item.severity() != null) {
			try {
				severity = Integer.valueOf(item.severity().strip());
			}
			catch (NumberFormatException ex) {
				problems.add(new Problem(index, "severity", "situation.incident.severity.invalid"));
			}
		}
		String organisation = strip(item.organisation());
		return new NewIncident(strip(item.category()), occurred, latitude, longitude, east, north,
				organisation == null ? client.organisation() : organisation, strip(item.reporterRole()), severity,
				item.description());
	}

	private static double number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("missing");
		}
		return Double.parseDouble(text.strip());
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
