package se.trygghet.followup;

import java.text.Normalizer;
import se.trygghet.system.Refusal;

/** A file name as it may be stored and offered for download: no path, no control characters, not too long. */
final class AttachmentNames {

	private AttachmentNames() {
	}

	static String clean(String original) {
		String name = original == null ? "" : original;
		// browsers on Windows may send the whole path
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			throw Refusal.of("followup.attachment.name");
		}
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
			name = name.substring(0, 200 - extension.length()) + extension;
		}
		return name;
	}

}
