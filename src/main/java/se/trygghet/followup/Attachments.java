package se.trygghet.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files attached to reports. */
@Repository
class Attachments {

	private final JdbcClient jdbc;

	private final Clock clock;

	Attachments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Attachment(UUID id, ReportId report, String filename, String contentType, int sizeBytes, String sha256,
			String uploadedBy, Instant uploadedAt) {

		public int kilobytes() {
			return Math.max(1, (sizeBytes + 1023) / 1024);
		}

	}

	public record Content(Attachment attachment, byte[] bytes) {
	}

	void add(UUID id, ReportId report, String filename, AttachmentType type, byte[] bytes, String actor) {
		jdbc.sql("""
				insert into report_attachment (id, report_id, filename, content_type, size_bytes, sha256, content,
				                               uploaded_by, uploaded_at)
				values (:id, :report, :filename, :type, :size, :sha, :content, :by, :at)
				""")
			.param("id", id)
			.param("report", report.value())
			.param("filename", filename)
			.param("type", type.contentType())
			.param("size", bytes.length)
			.param("sha", AnnualReports.sha256(bytes))
			.param("content", bytes)
			.param("by", actor)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	List<Attachment> ofReport(ReportId report) {
		return jdbc.sql("select " + COLUMNS + " from report_attachment where report_id = :r order by uploaded_at, filename")
			.param("r", report.value())
			.query((rs, n) -> attachment(rs))
			.list();
	}

	int countOf(ReportId report) {
		return jdbc.sql("select count(*) from report_attachment where report_id = :r")
			.param("r", report.value())
			.query(Integer.class)
			.single();
	}

	Optional<Attachment> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from report_attachment where id = :id")
			.param("id", id)
			.query((rs, n) -> attachment(rs))
			.optional();
	}

	Optional<Content> content(UUID id) {
		return jdbc.sql("select " + COLUMNS + ", content from report_attachment where id = :id")
			.param("id", id)
			.query((rs, n) -> new Content(attachment(rs), rs.getBytes("content")))
			.optional();
	}

	void remove(UUID id) {
		jdbc.sql("delete from report_attachment where id = :id").param("id", id).update();
	}

	private static final String COLUMNS = "id, report_id, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

	private static Attachment attachment(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Attachment(rs.getObject("id", UUID.class), new ReportId(rs.getObject("report_id", UUID.class)),
				rs.getString("filename"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
