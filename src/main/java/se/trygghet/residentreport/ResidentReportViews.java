package se.trygghet.residentreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the pages show of residents' reports, read with SQL. */
@Component
class ResidentReportViews {

	private final JdbcClient jdbc;

	ResidentReportViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Update(ReportStatus status, String text, Instant at) {
	}

	public record PrivateView(ResidentReportId id, long number, String token, String categorySv, String categoryEn, ReportStatus status,
			Instant reportedAt, String description, @Nullable String publicDescription, boolean published,
			@Nullable String committee, @Nullable String reason, @Nullable String referredTo, boolean hasPhoto,
			List<Update> updates) {

		public boolean maySayNotFixed() {
			return status == ReportStatus.ATGARDAD;
		}

	}

	/** The reporter's own view through the private link: their text, where it stands, and the public updates. */
	Optional<PrivateView> byToken(String token) {
		if (token.length() != 43) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select r.id, r.number, r.token, c.name_sv, c.name_en, r.status, r.reported_at, r.description,
				       r.public_description, r.published, r.committee_name, r.status_reason, r.referred_to,
				       exists (select 1 from resident_report_photo p where p.report_id = r.id)
				  from resident_report r join resident_category c on c.code = r.category
				 where r.token = :t
				""")
			.param("t", token)
			.query((rs, n) -> new PrivateView(new ResidentReportId(rs.getObject(1, UUID.class)), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getString(5), ReportStatus.valueOf(rs.getString(6)),
					rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9), rs.getBoolean(10),
					rs.getString(11), rs.getString(12), rs.getString(13), rs.getBoolean(14), List.of()))
			.optional()
			.map(v -> new PrivateView(v.id(), v.number(), v.token(), v.categorySv(), v.categoryEn(), v.status(),
					v.reportedAt(), v.description(), v.publicDescription(), v.published(), v.committee(), v.reason(),
					v.referredTo(), v.hasPhoto(), updates(v.id())));
	}

	List<Update> updates(ResidentReportId report) {
		return jdbc.sql("""
				select status, public_text, created_at from resident_report_update
				 where report_id = :id order by created_at, id
				""")
			.param("id", report.value())
			.query((rs, n) -> new Update(ReportStatus.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	public record CaseRow(ResidentReportId id, long number, String categorySv, String categoryEn, ReportStatus status,
			Instant reportedAt, @Nullable String committee, @Nullable String area, boolean published, int followers,
			boolean demo) {
	}

	/**
	 * The cases a person may handle: every case for coordinators and admins ({@code committees} null), otherwise those
	 * routed to one of the given committees. Open cases first, oldest first.
	 */
	List<CaseRow> cases(@Nullable List<UUID> committees, @Nullable ReportStatus status) {
		return jdbc.sql("""
				select r.id, r.number, c.name_sv, c.name_en, r.status, r.reported_at, r.committee_name, a.name,
				       r.published, (select count(*) from resident_report_follower f where f.report_id = r.id), r.demo
				  from resident_report r join resident_category c on c.code = r.category
				  left join area a on a.id = r.area_id
				 where (cast(:all as boolean) or r.committee_id = any(:committees))
				   and (cast(:status as text) is null or r.status = :status)
				 order by r.status in ('ATGARDAD', 'AVSLUTAD', 'HANVISAD'), r.reported_at
				 limit 500
				""")
			.param("all", committees == null)
			.param("committees", committees == null ? new UUID[0] : committees.toArray(UUID[]::new))
			.param("status", status == null ? null : status.name())
			.query((rs, n) -> new CaseRow(new ResidentReportId(rs.getObject(1, UUID.class)), rs.getLong(2), rs.getString(3), rs.getString(4),
					ReportStatus.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getString(7),
					rs.getString(8), rs.getBoolean(9), rs.getInt(10), rs.getBoolean(11)))
			.list();
	}

	public record CaseDetail(ResidentReportId id, long number, String categorySv, String categoryEn, ReportStatus status,
			Instant reportedAt, double latitude, double longitude, @Nullable String area, String description,
			@Nullable String publicDescription, boolean published, @Nullable String committee,
			@Nullable String reason, @Nullable String referredTo, @Nullable String email, String source,
			int followers, @Nullable String photoType, boolean photoPublic, boolean hasOriginal, int version,
			boolean demo, List<Update> updates) {
	}

	Optional<CaseDetail> detail(ResidentReportId id) {
		return jdbc.sql("""
				select r.id, r.number, c.name_sv, c.name_en, r.status, r.reported_at, r.latitude, r.longitude, a.name,
				       r.description, r.public_description, r.published, r.committee_name, r.status_reason,
				       r.referred_to, r.email, r.source,
				       (select count(*) from resident_report_follower f where f.report_id = r.id),
				       p.content_type, coalesce(p.public, false), p.original is not null, r.version, r.demo
				  from resident_report r join resident_category c on c.code = r.category
				  left join area a on a.id = r.area_id
				  left join resident_report_photo p on p.report_id = r.id
				 where r.id = :id
				""")
			.param("id", id.value())
			.query((rs, n) -> detail(rs))
			.optional();
	}

	private CaseDetail detail(ResultSet rs) throws SQLException {
		ResidentReportId id = new ResidentReportId(rs.getObject(1, UUID.class));
		return new CaseDetail(id, rs.getLong(2), rs.getString(3), rs.getString(4),
				ReportStatus.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getDouble(7),
				rs.getDouble(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
				rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
				rs.getInt(18), rs.getString(19), rs.getBoolean(20), rs.getBoolean(21), rs.getInt(22),
				rs.getBoolean(23), updates(id));
	}

	public record ResponseTime(String committee, int cases, @Nullable Double daysToReceived, @Nullable Double daysToFixed,
			int fixed) {
	}

	/** Per committee: how many cases, and the median days from report to mottagen and to åtgärdad. */
	List<ResponseTime> responseTimes() {
		return jdbc.sql("""
				select coalesce(committee_name, '–'), count(*),
				       percentile_cont(0.5) within group (order by extract(epoch from received_at - reported_at) / 86400)
				           filter (where received_at is not null),
				       percentile_cont(0.5) within group (order by extract(epoch from fixed_at - reported_at) / 86400)
				           filter (where fixed_at is not null),
				       count(*) filter (where fixed_at is not null)
				  from resident_report where duplicate_of is null
				 group by 1 order by 1
				""")
			.query((rs, n) -> new ResponseTime(rs.getString(1), rs.getInt(2), rs.getObject(3, Double.class),
					rs.getObject(4, Double.class), rs.getInt(5)))
			.list();
	}

	public record StoredPhoto(String contentType, byte[] bytes) {
	}

	/** The cleaned photo of a published report whose photo staff chose to show. */
	Optional<StoredPhoto> publicPhoto(long number) {
		return jdbc.sql("""
				select p.content_type, p.cleaned from resident_report_photo p join resident_report r on r.id = p.report_id
				 where r.number = :n and r.published and p.public
				""")
			.param("n", number)
			.query((rs, n) -> new StoredPhoto(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	Optional<StoredPhoto> photo(ResidentReportId report, boolean original) {
		return jdbc.sql("select content_type, " + (original ? "original" : "cleaned")
				+ " from resident_report_photo where report_id = :id and " + (original ? "original" : "cleaned")
				+ " is not null")
			.param("id", report.value())
			.query((rs, n) -> new StoredPhoto(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/** The reporter's own photo, through the private link. */
	Optional<StoredPhoto> photoByToken(String token) {
		return jdbc.sql("""
				select p.content_type, p.cleaned from resident_report_photo p join resident_report r on r.id = p.report_id
				 where r.token = :t
				""")
			.param("t", token)
			.query((rs, n) -> new StoredPhoto(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

}
