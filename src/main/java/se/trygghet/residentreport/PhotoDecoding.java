package se.trygghet.residentreport;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghet.system.Refusal;

/**
 * Decoding a photo is the heaviest thing an anonymous visitor can make the server do (a 40-megapixel JPEG is a second
 * or two of a core and, decoded whole, 160 MB of heap), so at most {@code app.residentreport.photo-decoders} photos
 * (by default one per core) are read and cleaned at once. A photo that finds them all busy is not queued: the resident
 * is told at once to send again in a moment, and the request holds no thread, memory or connection while it waits.
 * The file is read into memory only once a decoder is free.
 */
@Component
class PhotoDecoding {

	static final String BUSY = "resident.photo.busy";

	final Semaphore decoders;

	PhotoDecoding(@Value("${app.residentreport.photo-decoders:0}") int decoders) {
		this.decoders = new Semaphore(decoders > 0 ? decoders : Runtime.getRuntime().availableProcessors());
	}

	/** The cleaned photo, or a Refusal on field {@code photo}: why not, or {@link #BUSY}. */
	ReportPhotos.Photo clean(MultipartFile file) throws IOException {
		if (file.getSize() > ReportPhotos.MAX_BYTES) {
			throw ReportPhotos.refused("resident.photo.tooLarge");
		}
		if (!decoders.tryAcquire()) {
			throw ReportPhotos.refused(BUSY);
		}
		try {
			return ReportPhotos.clean(file.getBytes());
		}
		finally {
			decoders.release();
		}
	}

}
