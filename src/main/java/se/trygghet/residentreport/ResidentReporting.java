package se.trygghet.residentreport;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;
import se.trygghet.identity.CommitteeDirectory;
import se.trygghet.system.PersonalData;
import se.trygghet.system.Refusal;

/**
 * Takes residents' reports in, from the form and from partner apps alike: checks them (a known category, a place
 * inside the municipality, a description of a place rather than a person), offers the open reports of the same kind
 * nearby so a problem is reported once, routes each to the committee that answers for it, and lets the resident
 * follow it through a private link. Nobody needs an account; the rate limit is the caller's business.
 */
@Service
class ResidentReporting {

	static final int MAX_DESCRIPTION = 2_000;

	static final int MAX_EMAIL = 254;

	/** How near and how recent an open report of the same kind must be to be offered as the same problem. */
	static final double NEARBY_METRES = 50;

	static final Duration NEARBY_AGE = Duration.ofDays(90);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	private final CommitteeDirectory committees;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String municipality;

	ResidentReporting(JdbcClient jdbc, AreaCatalog areas, CommitteeDirectory committees,
			ApplicationEventPublisher events, Clock clock,
			@Value("${app.situation.municipality:1980}") String municipality) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.committees = committees;
		this.events = events;
		this.clock = clock;
		this.municipality = municipality;
	}

	public record Category(String code, String nameSv, String nameEn) {

		public String name(boolean english) {
			return english ? nameEn : nameSv;
		}

	}

	List<Category> categories() {
		return jdbc.sql("select code, name_sv, name_en from resident_category where active order by position")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public record Checked(Sweref99Point point, @Nullable UUID area) {
	}

	/** Every problem of a report, field by field; throws when there is any. */
	Checked check(NewResidentReport report) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (report.category() == null || categories().stream().noneMatch(c -> c.code().equals(report.category()))) {
			problems.put("category", "resident.category.unknown");
		}
		if (report.description() == null || report.description().isBlank()) {
			problems.put("description", "resident.description.missing");
		}
		else if (report.description().length() > MAX_DESCRIPTION) {
			problems.put("description", "resident.description.tooLong");
		}
		else {
			PersonalData.findIn(report.description())
				.ifPresent(kind -> problems.put("description", "resident.description." + kind.key()));
		}
		if (report.email() != null && !report.email().isBlank() && !validEmail(report.email())) {
			problems.put("email", "resident.email.invalid");
		}
		Checked checked = null;
		if (report.latitude() == null || report.longitude() == null) {
			problems.put("latitude", "resident.location.missing");
		}
		else {
			try {
				Sweref99Point point = new Wgs84Point(report.latitude(), report.longitude()).toSweref99();
				Optional<AreaCatalog.AreaRef> found = areas.locate(point);
				if (areas.withinMunicipality(municipality, point)) {
					checked = new Checked(point, found.map(a -> a.id().value()).orElse(null));
				}
				else {
					problems.put("latitude", "resident.location.outside");
				}
			}
			catch (IllegalArgumentException ex) {
				problems.put("latitude", "resident.location.outside");
			}
		}
		if (!problems.isEmpty() || checked == null) {
			throw Refusal.onFields(problems);
		}
		return checked;
	}

	static boolean validEmail(String email) {
		String address = email.strip();
		return address.length() <= MAX_EMAIL && address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	public record Nearby(long number, int metres, Instant reportedAt, @Nullable String publicText, int supporters) {
	}

	/** Open reports of the same category within 50 m reported in the last 90 days, the nearest first. */
	List<Nearby> nearby(String category, Sweref99Point point) {
		return jdbc.sql("""
				select r.number, sqrt(power(r.east - :e, 2) + power(r.north - :n, 2)) as metres, r.reported_at,
				       case when r.published then r.public_description end,
				       (select count(*) from resident_report_follower f where f.report_id = r.id)
				  from resident_report r
				 where r.category = :c and r.status in ('INKOMMEN', 'MOTTAGEN', 'ATGARD_PAGAR')
				   and r.duplicate_of is null and r.reported_at >= :since
				   and r.east between :e - :d and :e + :d and r.north between :n - :d and :n + :d
				   and power(r.east - :e, 2) + power(r.north - :n, 2) <= :d * :d
				 order by metres, r.number limit 5
				""")
			.param("c", category)
			.param("e", point.east())
			.param("n", point.north())
			.param("d", NEARBY_METRES)
			.param("since", Timestamp.from(clock.instant().minus(NEARBY_AGE)))
			.query((rs, n) -> new Nearby(rs.getLong(1), (int) Math.round(rs.getDouble(2)),
					rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getInt(5)))
			.list();
	}

	public record Submitted(ResidentReportId id, long number, String token, UUID open311Token) {
	}

	/** Checks, routes and stores a report; the photo, if any, has been cleaned already. */
	@Transactional
	Submitted submit(NewResidentReport report, ReportPhotos.@Nullable Photo photo, String source,
			@Nullable String apiClient, boolean demo) {
		Checked checked = check(report);
		ResidentReportId id = ResidentReportId.random();
		String token = newToken();
		UUID open311Token = UUID.randomUUID();
		Routed routed = route(report.category(), checked.area());
		Timestamp now = Timestamp.from(clock.instant());
		long number = jdbc.sql("""
				insert into resident_report (id, token, open311_token, municipality, category, latitude, longitude, east,
				                             north, area_id, description, committee_id, committee_name, email, source,
				                             api_client, reported_at, updated_at, demo)
				values (:id, :token, :o311, :m, :c, :lat, :lon, :e, :n, :area, :d, :committee, :committeeName, :email,
				        :source, :client, :at, :at, :demo)
				returning number
				""")
			.param("id", id.value())
			.param("token", token)
			.param("o311", open311Token)
			.param("m", municipality)
			.param("c", report.category())
			.param("lat", report.latitude())
			.param("lon", report.longitude())
			.param("e", checked.point().east())
			.param("n", checked.point().north())
			.param("area", checked.area())
			.param("d", report.description().strip())
			.param("committee", routed.committee())
			.param("committeeName", routed.name())
			.param("email", blankToNull(report.email()))
			.param("source", source)
			.param("client", apiClient)
			.param("at", now)
			.param("demo", demo)
			.query(Long.class)
			.single();
		if (photo != null) {
			jdbc.sql("""
					insert into resident_report_photo (report_id, content_type, cleaned, original)
					values (:id, :type, :cleaned, :original)
					""")
				.param("id", id.value())
				.param("type", photo.contentType())
				.param("cleaned", photo.cleaned())
				.param("original", photo.original())
				.update();
		}
		jdbc.sql("""
				insert into resident_report_update (report_id, status, public_text, created_at, created_by)
				values (:id, 'INKOMMEN', 'Rapporten har kommit in och granskas innan den visas.', :at, 'invånare')
				""").param("id", id.value()).param("at", now).update();
		events.publishEvent(new ResidentReportEvents.ReportReceived(id, number, report.category(), source));
		return new Submitted(id, number, token, open311Token);
	}

	public record Routed(@Nullable UUID committee, @Nullable String name) {
	}

	/**
	 * The committee for a category at a place: a rule for the report's area or the nearest area above it wins over the
	 * category's general rule. The committee is named as in the plan and found among the plan's committees.
	 */
	Routed route(@Nullable String category, @Nullable UUID area) {
		List<UUID> chain = new ArrayList<>();
		if (area != null) {
			chain.add(area);
			areas.ancestors(new AreaId(area)).forEach(a -> chain.add(a.id().value()));
		}
		record Rule(@Nullable UUID area, String committee) {
		}
		List<Rule> rules = jdbc.sql("select area_id, committee_name from resident_routing where category = :c")
			.param("c", category)
			.query((rs, n) -> new Rule(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		Optional<Rule> best = rules.stream()
			.filter(r -> r.area() == null || chain.contains(r.area()))
			.min(java.util.Comparator.comparingInt(r -> r.area() == null ? Integer.MAX_VALUE : chain.indexOf(r.area())));
		if (best.isEmpty()) {
			return new Routed(null, null);
		}
		String name = best.get().committee();
		UUID committee = committees.committees()
			.stream()
			.filter(c -> c.name().equalsIgnoreCase(name))
			.map(CommitteeDirectory.Committee::id)
			.findFirst()
			.orElse(null);
		return new Routed(committee, name);
	}

	/**
	 * "Samma problem": a +1 on an open report instead of a duplicate, optionally with an address for updates. Only
	 * open reports take followers; a closed one is reported anew.
	 */
	@Transactional
	boolean support(long number, @Nullable String email) {
		if (email != null && !email.isBlank() && !validEmail(email)) {
			throw Refusal.on("email", "resident.email.invalid");
		}
		return jdbc.sql("""
				insert into resident_report_follower (report_id, email, created_at)
				select id, :email, :at from resident_report
				 where number = :n and status in ('INKOMMEN', 'MOTTAGEN', 'ATGARD_PAGAR')
				""")
			.param("email", blankToNull(email))
			.param("at", Timestamp.from(clock.instant()))
			.param("n", number)
			.update() == 1;
	}

	/** Keeps a cleaned photo while its form is shown again, so the resident need not attach it twice. */
	UUID keepPending(ReportPhotos.Photo photo) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into resident_pending_photo (id, content_type, cleaned, original, created_at)
				values (:id, :type, :cleaned, :original, :at)
				""")
			.param("id", id)
			.param("type", photo.contentType())
			.param("cleaned", photo.cleaned())
			.param("original", photo.original())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	Optional<ReportPhotos.Photo> pending(UUID id) {
		return jdbc.sql("select content_type, cleaned, original from resident_pending_photo where id = :id")
			.param("id", id)
			.query((rs, n) -> new ReportPhotos.Photo(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
			.optional();
	}

	void dropPending(UUID id) {
		jdbc.sql("delete from resident_pending_photo where id = :id").param("id", id).update();
	}

	/** 32 random bytes: a private link nobody can guess or derive from the case number. */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
