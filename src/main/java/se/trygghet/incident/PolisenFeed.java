package se.trygghet.incident;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.HttpRetries;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polisen's published events for the municipality (polisen.se/api/events), kept because the API forgets them. Only
 * events placed in the municipality itself are kept; county-level events and the "Sammanfattning …" rows (which sum
 * up many events) are left out. An event's place is the municipality's centre, so events are counted for the whole
 * municipality and never drawn: they are signals, not statistics (official counts come from Brå).
 *
 * <p>Polisen's rules: a User-Agent naming us, at least 10 s between calls and at most 60 an hour, a 404 is permanent
 * (the scheduled fetch stops asking that address) and a 429 means wait (nothing is asked before
 * {@code backoff_until}, as long as {@code Retry-After} asks in seconds or as an HTTP date, read by {@code system}'s
 * {@link HttpRetries}, else an hour). A failed fetch is not tried again within the fetch: with at most one call per
 * 10 s and 60 an hour, the next scheduled fetch is the retry. Every fetch is logged in {@code police_fetch_run} with
 * its counts. The scheduled fetch runs every 30 minutes through db-scheduler, and neither it nor "Hämta nu" asks
 * anything unless {@code app.polisen.enabled=true}.
 */
@Service
class PolisenFeed {

	private static final Logger log = LoggerFactory.getLogger(PolisenFeed.class);

	static final String USER_AGENT = "Trygghetsplattformen/1.0 (Vasteras stad; lagesbild for EST)";

	static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

	static final int MAX_PER_HOUR = 60;

	static final Duration DEFAULT_BACKOFF = Duration.ofHours(1);

	/** Polisen's {@code datetime}: {@code 2018-12-28 14:32:20 +01:00}, hours sometimes without a leading zero. */
	private static final DateTimeFormatter POLISEN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss XXX",
			Locale.ROOT);

	/** Polisen's event types that correspond to one of our incident categories; every other type has none. */
	static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("Skadegörelse", "skadegorelse"),
			Map.entry("Brand", "brand"), Map.entry("Narkotikabrott", "narkotika"),
			Map.entry("Ordningslagen", "ordningsstorning"), Map.entry("Ofog barn/ungdom", "ordningsstorning"),
			Map.entry("Bråk", "ordningsstorning"), Map.entry("Fylleri/LOB", "ordningsstorning"),
			Map.entry("Misshandel", "hot-vald"), Map.entry("Misshandel, grov", "hot-vald"),
			Map.entry("Misshandel grov", "hot-vald"), Map.entry("Olaga hot", "hot-vald"),
			Map.entry("Våld/hot mot tjänsteman", "hot-vald"), Map.entry("Rån", "hot-vald"),
			Map.entry("Rån väpnat", "hot-vald"), Map.entry("Rån övrigt", "hot-vald"),
			Map.entry("Skottlossning", "hot-vald"), Map.entry("Skottlossning, misstänkt", "hot-vald"),
			Map.entry("Skottlossning misstänkt", "hot-vald"), Map.entry("Mord/dråp", "hot-vald"),
			Map.entry("Mord/dråp, försök", "hot-vald"), Map.entry("Mord/dråp försök", "hot-vald"));

	private static final JsonMapper JSON = se.trygghet.system.TextInput.cleaning(JsonMapper.builder()).build();

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final URI url;

	private final boolean enabled;

	private final String municipalityName;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		// Polisen asks for HTTPS without redirects; a redirect is answered as the failure it is
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	PolisenFeed(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock,
			@Value("${app.polisen.url:https://polisen.se/api/events?locationname=Västerås}") String url,
			@Value("${app.polisen.enabled:false}") boolean enabled,
			@Value("${app.polisen.municipality-name:Västerås}") String municipalityName) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.clock = clock;
		// an address written with å, ä and ö is sent percent-encoded, as HTTP requires
		this.url = URI.create(URI.create(url).toASCIIString());
		this.enabled = enabled;
		this.municipalityName = municipalityName;
	}

	String municipalityName() {
		return municipalityName;
	}

	boolean enabled() {
		return enabled;
	}

	/** A finished fetch and what it counted. */
	public record Run(UUID id, String state, @Nullable Integer httpStatus, int received, int newEvents, int knownEvents,
			int leftSummaries, int leftOtherPlaces, int unreadable, @Nullable String error) {
	}

	/** The answer to "Hämta nu": a message code, and the run when one was made. */
	public record Answer(String code, @Nullable Run run, @Nullable Instant notBefore) {
	}

	/** An analyst's "Hämta nu": refused when off, too soon after the last call or while Polisen asks us to wait. */
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
	Answer fetchNow() {
		if (!enabled) {
			return new Answer("situation.police.disabled", null, null);
		}
		Instant now = clock.instant();
		Optional<Instant> backoff = backoffUntil(now);
		if (backoff.isPresent()) {
			return new Answer("situation.police.backoff", null, backoff.get());
		}
		if (tooSoon(now)) {
			return new Answer("situation.police.tooSoon", null, null);
		}
		Run run = importFrom(url, "MANUAL");
		return new Answer(run.state().equals("SUCCEEDED") ? "situation.police.fetched" : "situation.police.failed",
				run, null);
	}

	/** The scheduled fetch: nothing when off, after a 404 from the same address, or while Polisen asks us to wait. */
	@Nullable Run fetchScheduled() {
		if (!enabled) {
			log.debug("Polisen's feed is off (app.polisen.enabled=false)");
			return null;
		}
		Instant now = clock.instant();
		if (backoffUntil(now).isPresent() || tooSoon(now)) {
			log.info("Polisen's feed is not asked now: it asked us to wait, or it was asked moments ago");
			return null;
		}
		if (goneBefore(url)) {
			log.warn("Polisen answered 404 for {} before; a 404 is permanent, so it is not asked again until someone "
					+ "fetches by hand or the address (app.polisen.url) is changed", url);
			return null;
		}
		return importFrom(url, "SCHEDULED");
	}

	/** Fetches once from {@code source} and keeps what is new; every outcome is logged as a run. */
	Run importFrom(URI source) {
		return importFrom(source, "MANUAL");
	}

	private Run importFrom(URI source, String trigger) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into police_fetch_run (id, trigger, started_by, started_at, state, url)
				values (:id, :trigger, :by, :at, 'RUNNING', :url)
				""")
			.param("id", id).param("trigger", trigger).param("by", currentUsers.actorName())
			.param("at", Timestamp.from(clock.instant())).param("url", source.toString())
			.update();
		Counts counts = new Counts();
		Integer status = null;
		String error = null;
		Instant backoffUntil = null;
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(source)
				.timeout(Duration.ofSeconds(30))
				.header("User-Agent", USER_AGENT)
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			if (status == 200) {
				keep(JSON.readTree(response.body()), counts);
			}
			else if (status == 404) {
				error = "404 from Polisen: the address is gone (permanent); check app.polisen.url";
				log.warn("Polisen's feed answered 404 for {}; scheduled fetches stop asking it", source);
			}
			else if (status == 429) {
				backoffUntil = clock.instant().plus(retryAfter(response));
				error = "429 from Polisen: too many calls; waiting until " + backoffUntil;
				log.warn("Polisen's feed answered 429; not asking again before {}", backoffUntil);
			}
			else {
				error = "Polisen answered HTTP " + status;
				log.warn("Polisen's feed answered HTTP {} for {}", status, source);
			}
		}
		catch (IOException | JacksonException | IllegalArgumentException ex) {
			error = "Could not read Polisen's feed: " + ex.getMessage();
			log.warn("Could not read Polisen's feed from {}", source, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "Interrupted";
		}
		String state = error == null ? "SUCCEEDED" : "FAILED";
		jdbc.sql("""
				update police_fetch_run
				   set finished_at = :at, state = :state, http_status = :status, received = :received,
				       new_events = :new, known_events = :known, left_summaries = :summaries,
				       left_other_places = :other, unreadable = :unreadable, backoff_until = :backoff,
				       error_message = :error
				 where id = :id
				""")
			.param("id", id).param("at", Timestamp.from(clock.instant())).param("state", state)
			.param("status", status).param("received", counts.received).param("new", counts.created)
			.param("known", counts.known).param("summaries", counts.summaries).param("other", counts.otherPlaces)
			.param("unreadable", counts.unreadable)
			.param("backoff", backoffUntil == null ? null : Timestamp.from(backoffUntil)).param("error", error)
			.update();
		return new Run(id, state, status, counts.received, counts.created, counts.known, counts.summaries,
				counts.otherPlaces, counts.unreadable, error);
	}

	private static final class Counts {

		int received;

		int created;

		int known;

		int summaries;

		int otherPlaces;

		int unreadable;

	}

	private void keep(JsonNode events, Counts counts) {
		if (!events.isArray()) {
			throw new IllegalArgumentException("expected a JSON array of events");
		}
		Timestamp now = Timestamp.from(clock.instant());
		for (JsonNode event : events) {
			counts.received++;
			String type = event.path("type").asString("").strip();
			String place = event.path("location").path("name").asString("").strip();
			if (type.startsWith("Sammanfattning")) {
				counts.summaries++;
				continue;
			}
			if (!place.equalsIgnoreCase(municipalityName)) {
				counts.otherPlaces++;
				continue;
			}
			Optional<OffsetDateTime> time = time(event.path("datetime").asString(""));
			if (!event.path("id").canConvertToLong() || time.isEmpty() || type.isEmpty()) {
				counts.unreadable++;
				continue;
			}
			int added = jdbc.sql("""
					insert into police_event (id, occurred_at, type, name, summary, url, location_name, category, fetched_at)
					values (:id, :at, :type, :name, :summary, :url, :place, :category, :fetched)
					on conflict (id) do nothing
					""")
				.param("id", event.path("id").asLong())
				.param("at", Timestamp.from(time.get().toInstant()))
				.param("type", type)
				.param("name", event.path("name").asString(type))
				.param("summary", blankToNull(event.path("summary").asString("")))
				.param("url", absolute(event.path("url").asString("")))
				.param("place", place)
				.param("category", CATEGORIES.get(type))
				.param("fetched", now)
				.update();
			if (added == 1) {
				counts.created++;
			}
			else {
				counts.known++;
			}
		}
	}

	/** Polisen's own format first, then ISO-8601; nothing is guessed from a time that is neither. */
	static Optional<OffsetDateTime> time(String text) {
		String value = text.strip();
		for (DateTimeFormatter format : new DateTimeFormatter[] { POLISEN_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME }) {
			try {
				return Optional.of(OffsetDateTime.parse(value, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return Optional.empty();
	}

	/** Archived events sometimes carry a path instead of an address. */
	static @Nullable String absolute(String url) {
		String value = url.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.startsWith("/")) {
			return "https://polisen.se" + value;
		}
		return value.startsWith("https://") ? value : null;
	}

	/** As long as Polisen's {@code Retry-After} asks (seconds or an HTTP date; {@link HttpRetries}), else an hour. */
	private Duration retryAfter(HttpResponse<?> response) {
		Duration asked = HttpRetries.retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock);
		return asked == null || asked.isZero() ? DEFAULT_BACKOFF : asked;
	}

	private Optional<Instant> backoffUntil(Instant now) {
		return jdbc.sql("select max(backoff_until) from police_fetch_run where backoff_until > :now")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	private boolean tooSoon(Instant now) {
		return jdbc.sql("""
				select count(*) filter (where started_at > :recent) > 0 or count(*) >= :max
				  from police_fetch_run where started_at > :hour
				""")
			.param("recent", Timestamp.from(now.minus(MIN_INTERVAL)))
			.param("hour", Timestamp.from(now.minus(Duration.ofHours(1))))
			.param("max", MAX_PER_HOUR)
			.query(Boolean.class)
			.single();
	}

	private boolean goneBefore(URI source) {
		return jdbc.sql("""
				select coalesce((select http_status = 404 from police_fetch_run
				                  where url = :url and state <> 'RUNNING' order by started_at desc limit 1), false)
				""")
			.param("url", source.toString())
			.query(Boolean.class)
			.single();
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	/** Every 30 minutes through db-scheduler, so one node fetches; does nothing unless the feed is enabled. */
	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> polisenFeedTask(PolisenFeed feed) {
			return Tasks.recurring("situation-polisen-feed", Schedules.fixedDelay(Duration.ofMinutes(30)))
				.execute((instance, context) -> feed.fetchScheduled());
		}

	}

}
