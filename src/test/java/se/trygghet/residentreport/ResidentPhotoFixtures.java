package se.trygghet.residentreport;

import java.io.IOException;

/** Photos for tests outside this package (the browser tests). */
public final class ResidentPhotoFixtures {

	private ResidentPhotoFixtures() {
	}

	/** A small JPEG carrying an EXIF block with a GPS position, as a phone writes it. */
	public static byte[] jpegWithGps() throws IOException {
		return ResidentPhotoTests.jpegWithGps();
	}

}
