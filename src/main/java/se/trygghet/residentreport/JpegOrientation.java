package se.trygghet.residentreport;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * The way up of a JPEG, from its EXIF Orientation tag (0x0112). A phone stores a photo as its sensor saw it and writes
 * in EXIF how to turn it; since the stored copy loses EXIF, it is turned before it is encoded again, or every photo
 * taken upright would be shown on its side. Anything malformed reads as "as stored": a photo turned wrongly is a
 * nuisance, a refused one loses the report's evidence.
 */
final class JpegOrientation {

	/** As stored; the value of the tag when it is missing. */
	static final int NORMAL = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private static final int SHORT = 3;

	private JpegOrientation() {
	}

	/** The Orientation tag of IFD0 of the first EXIF segment, 1–8, or {@link #NORMAL}. */
	static int of(byte[] jpeg) {
		int at = 2; // after SOI
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xFF) {
				at++; // fill byte before a marker
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) {
				return NORMAL; // start of scan or end of image: no EXIF came before the pixels
			}
			int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
			if (length < 2 || at + 2 + length > jpeg.length) {
				return NORMAL;
			}
			if (marker == 0xE1 && length >= 8 && isExifHeader(jpeg, at + 4)) {
				return fromTiff(jpeg, at + 10, at + 2 + length);
			}
			at += 2 + length;
		}
		return NORMAL;
	}

	private static boolean isExifHeader(byte[] bytes, int at) {
		return bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i' && bytes[at + 3] == 'f'
				&& bytes[at + 4] == 0 && bytes[at + 5] == 0;
	}

	/** Reads IFD0 of the TIFF structure in {@code bytes[start, end)}. */
	private static int fromTiff(byte[] bytes, int start, int end) {
		if (end - start < 8) {
			return NORMAL;
		}
		Tiff tiff = new Tiff(bytes, start, end);
		boolean little;
		if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
			little = true;
		}
		else if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
			little = false;
		}
		else {
			return NORMAL;
		}
		if (tiff.u16(2, little) != 42) {
			return NORMAL;
		}
		long ifd = tiff.u32(4, little);
		if (ifd < 8 || ifd + 2 > end - start) {
			return NORMAL;
		}
		int entries = tiff.u16((int) ifd, little);
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + 12 * i;
			if (entry + 12 > end - start) {
				return NORMAL;
			}
			if (tiff.u16(entry, little) == ORIENTATION_TAG) {
				if (tiff.u16(entry + 2, little) != SHORT) {
					return NORMAL;
				}
				int value = tiff.u16(entry + 8, little);
				return value >= 1 && value <= 8 ? value : NORMAL;
			}
		}
		return NORMAL;
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

	/** Bounds-checked reads inside the TIFF structure; offsets are relative to its start. */
	private record Tiff(byte[] bytes, int start, int end) {

		int u16(int offset, boolean little) {
			int a = byteAt(offset);
			int b = byteAt(offset + 1);
			return little ? a | (b << 8) : (a << 8) | b;
		}

		long u32(int offset, boolean little) {
			long high = u16(offset + (little ? 2 : 0), little);
			long low = u16(offset + (little ? 0 : 2), little);
			return (high << 16) | low;
		}

		private int byteAt(int offset) {
			int at = start + offset;
			return at >= start && at < end ? bytes[at] & 0xFF : 0;
		}

	}

}
