package se.trygghet.residentreport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Residents' reports as Open311 GeoReport v2 service requests: only what moderation made public (the public text,
 * the photo staff chose to show), never an e-mail address, the resident's own wording or an original photo.
 * Field names and order follow the specification.
 */
@Component
class Open311Requests {

	static final int MAX_REQUESTS = 1000;

	private final JdbcClient jdbc;

	/** Times are written with the municipality's offset (the platform clock's zone). */
	private final ZoneId zone;

	Open311Requests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	private String w3c(@Nullable Instant at) {
		return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
	}

	public record Query(@Nullable List<Long> ids, @Nullable List<String> serviceCodes, OffsetDateTime from,
			OffsetDateTime to, @Nullable String status) {
	}

	/** The public requests that match, newest first, at most {@value #MAX_REQUESTS}. */
	List<Map<String, Object>> find(Query query, String baseUrl) {
		StringBuilder sql = new StringBuilder("""
				select r.number, r.status, c.code, c.name_sv, r.public_description, r.committee_name, r.reported_at,
				       r.updated_at, r.latitude, r.longitude, coalesce(p.public, false),
				       (select u.public_text from resident_report_update u where u.report_id = r.id
				         order by u.created_at desc, u.id desc limit 1), r.demo
				  from resident_report r join resident_category c on c.code = r.category
				  left join resident_report_photo p on p.report_id = r.id
				 where r.published and r.duplicate_of is null
				""");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.ids() != null) {
			// the spec: a list of ids overrides every other parameter
			sql.append(" and r.number = any(:ids)");
			params.put("ids", query.ids().toArray(Long[]::new));
		}
		else {
			sql.append(" and r.reported_at >= :from and r.reported_at <= :to");
			params.put("from", Timestamp.from(query.from().toInstant()));
			params.put("to", Timestamp.from(query.to().toInstant()));
			if (query.serviceCodes() != null) {
				sql.append(" and r.category = any(:codes)");
				params.put("codes", query.serviceCodes().toArray(String[]::new));
			}
			if ("open".equals(query.status())) {
				sql.append(" and r.status in ('INKOMMEN', 'MOTTAGEN', 'ATGARD_PAGAR')");
			}
			else if ("closed".equals(query.status())) {
				sql.append(" and r.status in ('ATGARDAD', 'AVSLUTAD', 'HANVISAD')");
			}
		}
		sql.append(" order by r.reported_at desc limit " + MAX_REQUESTS);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> request(rs.getLong(1), ReportStatus.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8).toInstant(), rs.getDouble(9), rs.getDouble(10), rs.getBoolean(11),
					rs.getString(12), rs.getBoolean(13), baseUrl))
			.list();
	}

	private Map<String, Object> request(long number, ReportStatus status, String code, String name,
			@Nullable String description, @Nullable String agency, Instant requested, Instant updated, double lat,
			double lon, boolean photo, @Nullable String notes, boolean demo, String baseUrl) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", Long.toString(number));
		request.put("status", status.open311());
		request.put("status_notes", notes == null ? "" : notes);
		request.put("service_name", name);
		request.put("service_code", code);
		request.put("description", description == null ? "" : description);
		request.put("agency_responsible", agency == null ? "" : agency);
		// invented reports of the demo say so in the one free-text field the spec gives the service
		request.put("service_notice", demo ? "Demodata: påhittad rapport" : "");
		request.put("requested_datetime", w3c(requested));
		request.put("updated_datetime", w3c(updated));
		request.put("expected_datetime", "");
		request.put("address", "");
		request.put("address_id", "");
		request.put("zipcode", "");
		request.put("lat", Math.round(lat * 1e6) / 1e6);
		request.put("long", Math.round(lon * 1e6) / 1e6);
		request.put("media_url", photo ? baseUrl + "/rapportera/foto/" + number : "");
		return request;
	}

	/** A batch token's request id, once moderation has published the report; empty when the token is unknown. */
	Optional<Map<String, Object>> token(UUID token) {
		return jdbc.sql("select number, published from resident_report where open311_token = :t")
			.param("t", token)
			.query((rs, n) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				if (rs.getBoolean(2)) {
					row.put("service_request_id", Long.toString(rs.getLong(1)));
				}
				row.put("token", token.toString());
				return row;
			})
			.optional();
	}

}
