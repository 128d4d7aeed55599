package se.trygghet.residentreport;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * The way up of a JPEG, from its EXIF Orientation tag (0x0112), read by metadata-extractor. A phone stores a photo as
 * its sensor saw it and writes in EXIF how to turn it; since the stored copy loses EXIF, it is turned before it is
 * encoded again, or every photo taken upright would be shown on its side. Anything malformed reads as "as stored": a
 * photo turned wrongly is a nuisance, a refused one loses the report's evidence.
 */
final class JpegOrientation {

	/** As stored; the value of the tag when it is missing. */
	static final int NORMAL = 1;

	/** Only the EXIF segments are parsed: nothing else of an untrusted file is needed here. */
	private static final List<JpegSegmentMetadataReader> EXIF_ONLY = List.of(new ExifReader());

	private JpegOrientation() {
	}

	/** The Orientation tag of IFD0, 1–8, or {@link #NORMAL} when it is missing, cut short or out of range. */
	static int of(byte[] jpeg) {
		try {
			Metadata metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg), EXIF_ONLY);
			ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			Integer value = ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
			return value != null && value >= 1 && value <= 8 ? value : NORMAL;
		}
		catch (JpegProcessingException | IOException | RuntimeException malformed) {
			return NORMAL;
		}
	}

	/**
	 * The image turned upright, of the same type, which must not be {@code TYPE_CUSTOM}. For 5–8 width and height
	 * swap. The transforms map the stored pixel grid onto the displayed one, as the EXIF 2.3 specification's table of
	 * the eight orientations describes.
	 */
	static BufferedImage upright(BufferedImage image, int orientation) {
		double w = image.getWidth();
		double h = image.getHeight();
		AffineTransform turn = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored left to right
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored top to bottom
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored along the main diagonal
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned a quarter clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // mirrored along the other diagonal
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turned a quarter anticlockwise
			default -> null;
		};
		if (turn == null) {
			return image;
		}
		boolean swapped = orientation >= 5;
		BufferedImage out = new BufferedImage(swapped ? image.getHeight() : image.getWidth(),
				swapped ? image.getWidth() : image.getHeight(), image.getType());
		// nearest neighbour: a quarter turn or a mirror maps pixels onto pixels, nothing to interpolate
		return new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, out);
	}

}
