package se.trygghet.indicator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded files waiting between the upload and the import: kept in the database, so whichever node answers the next
 * step has the file. An upload expires after {@link #KEPT}, and expired ones are deleted whenever a file is added.
 */
@Repository
class Uploads {

	static final Duration KEPT = Duration.ofHours(2);

	private final JdbcClient jdbc;

	private final Clock clock;

	Uploads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Upload(UUID id, String fileName, ImportTable.Format format, byte[] content, int rows, String uploadedBy) {
	}

	UUID add(String fileName, ImportTable.Format format, byte[] content, int rows, String uploadedBy) {
		jdbc.sql("delete from indicator_upload where expires_at < :now")
			.param("now", Timestamp.from(clock.instant()))
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into indicator_upload (id, file_name, format, content, rows_read, uploaded_by, uploaded_at,
				       expires_at)
				values (:id, :name, :format, :content, :rows, :by, :now, :expires)
				""")
			.param("id", id)
			.param("name", fileName)
			.param("format", format.name())
			.param("content", content)
			.param("rows", rows)
			.param("by", uploadedBy)
			.param("now", Timestamp.from(clock.instant()))
			.param("expires", Timestamp.from(clock.instant().plus(KEPT)))
			.update();
		return id;
	}

	/** An upload that has not expired, if it was made by this user. */
	Optional<Upload> find(UUID id, String uploadedBy) {
		return jdbc.sql("""
				select id, file_name, format, content, rows_read, uploaded_by from indicator_upload
				 where id = :id and uploaded_by = :by and expires_at >= :now
				""")
			.param("id", id)
			.param("by", uploadedBy)
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new Upload(rs.getObject("id", UUID.class), rs.getString("file_name"),
					ImportTable.Format.valueOf(rs.getString("format")), rs.getBytes("content"), rs.getInt("rows_read"),
					rs.getString("uploaded_by")))
			.optional();
	}

	void delete(UUID id) {
		jdbc.sql("delete from indicator_upload where id = :id").param("id", id).update();
	}

}
