package se.trygghet.followup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a report may carry, recognised by their content rather than by what the browser claims. Office
 * files are zip archives and must have the parts of a Word document or an Excel workbook; macro-enabled ones are not
 * accepted. SVG is deliberately absent: it can carry scripts.
 */
enum AttachmentType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg"),
	GIF("image/gif", "gif"),
	WEBP("image/webp", "webp");

	private final String contentType;

	private final List<String> extensions;

	AttachmentType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	String contentType() {
		return contentType;
	}

	boolean fits(String filename) {
		int dot = filename.lastIndexOf('.');
		return dot > 0 && extensions.contains(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** What the bytes are, if they are one of the accepted kinds. */
	static Optional<AttachmentType> detect(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(GIF);
		}
		if (bytes.length > 12 && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& Arrays.equals(bytes, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4)) {
			return Optional.of(WEBP);
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			return office(bytes);
		}
		return Optional.empty();
	}

	private static Optional<AttachmentType> office(byte[] bytes) {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			// only the names are needed; a cap keeps a crafted archive with endless entries cheap to refuse
			while ((entry = zip.getNextEntry()) != null && names.size() < 10_000) {
				names.add(entry.getName());
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!names.contains("[Content_Types].xml") || names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
			return Optional.empty();
		}
		if (names.contains("word/document.xml")) {
			return Optional.of(DOCX);
		}
		if (names.contains("xl/workbook.xml")) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
