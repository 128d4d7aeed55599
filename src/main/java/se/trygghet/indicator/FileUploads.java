package se.trygghet.indicator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.indicator.ImportRuns.Problem;
import se.trygghet.system.NotFoundException;

/**
 * The steps of importing a file of values, for {@code FileImportController}: an upload is read whole once and kept in
 * the database ({@link Uploads}, never the session) or refused and logged as a refused run; its columns are mapped to
 * fields with a preview of its first rows; then {@link FileImport} writes it or lists every problem. An upload is the
 * uploader's own: anyone else's is not found.
 */
@Component
class FileUploads {

	/** Problems shown on a page; the run keeps more, and the page says how many there were. */
	static final int SHOWN_PROBLEMS = 500;

	static final int PREVIEW_ROWS = 5;

	private final FileImport fileImport;

	private final Uploads uploads;

	private final CurrentUsers currentUsers;

	FileUploads(FileImport fileImport, Uploads uploads, CurrentUsers currentUsers) {
		this.fileImport = fileImport;
		this.uploads = uploads;
		this.currentUsers = currentUsers;
	}

	/** One field of the mapping form with the column chosen for it. */
	public record FieldChoice(ImportField field, String parameter, String label, boolean required,
			@Nullable Integer column) {
	}

	/**
	 * Keeps a file until its columns are mapped. A file that cannot be read (too large, not CSV or XLSX, broken) is
	 * refused at once, rather than after the mapping, and logged as a refused run.
	 */
	UUID receive(String name, long size, InputStreamSource file) throws ImportTable.Unreadable, IOException {
		try {
			ImportTable.requireSize(size);
			byte[] content;
			try (var in = file.getInputStream()) {
				content = in.readAllBytes();
			}
			ImportTable.Format format = ImportTable.detect(name, content);
			ImportTable table = ImportTable.read(format, content);
			return uploads.add(name, format, content, table.rows().size(), currentUsers.actorName());
		}
		catch (ImportTable.Unreadable ex) {
			fileImport.refuseUnreadable(name, ex.code(), ex.args());
			throw ex;
		}
	}

	/** The columns whose headers name a field, as the mapping form first suggests them. */
	Map<ImportField, Integer> detectedColumns(UUID upload) throws ImportTable.Unreadable {
		return ImportField.detect(preview(upload(upload)).headers());
	}

	/** The mapping page's model: the upload, each field with its column, the file's column names and first rows. */
	Map<String, Object> mappingPage(UUID upload, Map<ImportField, Integer> columns) throws ImportTable.Unreadable {
		Uploads.Upload file = upload(upload);
		ImportTable preview = preview(file);
		List<FieldChoice> fields = new ArrayList<>();
		for (ImportField field : ImportField.values()) {
			fields.add(new FieldChoice(field, field.parameter(), field.messageKey(), field.required(), columns.get(field)));
		}
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < preview.headers().size(); i++) {
			headers.add(ImportTable.columnName(preview.headers(), i));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("upload", file);
		model.put("fields", fields);
		model.put("headers", headers);
		model.put("preview", preview.rows());
		return model;
	}

	/** Imports the whole upload with this mapping; a written upload is not kept any longer. */
	FileImport.Outcome importUpload(UUID upload, FileImport.Mapping mapping) throws ImportTable.Unreadable {
		Uploads.Upload file = upload(upload);
		ImportTable table = ImportTable.read(file.format(), file.content());
		FileImport.Outcome outcome = fileImport.importTable(file.fileName(), table, mapping);
		if (outcome.written()) {
			uploads.delete(upload);
		}
		return outcome;
	}

	/** The first {@value #SHOWN_PROBLEMS} problems; all of them are in the run's log. */
	static List<Problem> shown(List<Problem> problems) {
		return problems.size() > SHOWN_PROBLEMS ? problems.subList(0, SHOWN_PROBLEMS) : problems;
	}

	private Uploads.Upload upload(UUID id) {
		return uploads.find(id, currentUsers.actorName()).orElseThrow(() -> new NotFoundException("Filen"));
	}

	private static ImportTable preview(Uploads.Upload file) throws ImportTable.Unreadable {
		return ImportTable.read(file.format(), file.content(), PREVIEW_ROWS);
	}

}
