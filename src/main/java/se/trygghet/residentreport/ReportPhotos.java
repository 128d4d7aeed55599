package se.trygghet.residentreport;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import se.trygghet.system.Refusal;

/**
 * Makes a resident's photo safe to keep and show. The kind is read from the bytes, never from the name or the
 * browser's claim; the size in pixels is read from the header before anything is decoded, so a small file that would
 * unpack to gigabytes (a decompression bomb) is refused cheaply, and a large photo is decoded only at about the
 * resolution that is kept. JPEG and PNG are decoded and encoded again, which leaves EXIF (the phone's GPS position,
 * camera serial) and every other metadata behind, and shrinks them to at most {@value #MAX_SIDE} px; a JPEG is turned
 * upright as its EXIF orientation says, since that tag is dropped with the rest ({@link JpegOrientation}). The JDK has
 * no WebP decoder (and none is on offer here), so a WebP file is checked by its RIFF structure and loses its EXIF and
 * XMP chunks instead of being re-encoded. How many photos are cleaned at once is {@link PhotoDecoding}'s business.
 */
final class ReportPhotos {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000;

	static final int MAX_SIDE = 2048;

	public record Photo(String contentType, byte[] cleaned, byte[] original) {
	}

	private ReportPhotos() {
	}

	/** The cleaned photo, or a Refusal on field {@code photo} saying why not. */
	static Photo clean(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw refused("resident.photo.tooLarge");
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return new Photo("image/jpeg", reencode(bytes, "jpeg"), bytes);
		}
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return new Photo("image/png", reencode(bytes, "png"), bytes);
		}
		if (bytes.length > 12 && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& Arrays.equals(bytes, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4)) {
			return new Photo("image/webp", WebP.strip(bytes), bytes);
		}
		throw refused("resident.photo.type");
	}

	static Refusal refused(String code) {
		return Refusal.on("photo", code);
	}

	private static byte[] reencode(byte[] bytes, String format) {
		BufferedImage image;
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw refused("resident.photo.unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				// the header alone gives the size: refuse before a single pixel is allocated
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw refused("resident.photo.tooManyPixels");
				}
				// every n-th pixel of a photo n times larger than kept: the same picture after shrinking, for a
				// fraction of the memory
				int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / MAX_SIDE);
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				image = reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Refusal invalid) {
				throw invalid;
			}
			throw refused("resident.photo.unreadable");
		}
		boolean jpeg = format.equals("jpeg");
		BufferedImage small = shrink(image, jpeg);
		return encode(jpeg ? JpegOrientation.upright(small, JpegOrientation.of(bytes)) : small, format);
	}

	/** At most MAX_SIDE px on the longer side, and without alpha for JPEG (which has none). */
	private static BufferedImage shrink(BufferedImage image, boolean opaque) {
		double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage out = new BufferedImage(width, height,
				opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			if (opaque) {
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, width, height);
			}
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.85f);
			}
			// no metadata is passed on: the new file carries only what the encoder itself writes
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not encode a photo", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** WebP's RIFF container, read just far enough to know the canvas size and drop metadata chunks. */
	static final class WebP {

		private WebP() {
		}

		static byte[] strip(byte[] bytes) {
			ByteArrayOutputStream kept = new ByteArrayOutputStream();
			long width = 0;
			long height = 0;
			boolean image = false;
			int at = 12;
			while (at + 8 <= bytes.length) {
				String fourcc = new String(bytes, at, 4, StandardCharsets.US_ASCII);
				long size = le(bytes, at + 4, 4);
				int payload = at + 8;
				if (size > bytes.length - payload) {
					throw refused("resident.photo.unreadable");
				}
				int end = payload + (int) size + (int) (size & 1);
				switch (fourcc) {
					case "VP8X" -> {
						if (size < 10) {
							throw refused("resident.photo.unreadable");
						}
						width = le(bytes, payload + 4, 3) + 1;
						height = le(bytes, payload + 7, 3) + 1;
					}
					case "VP8 " -> {
						image = true;
						if (size < 10 || (bytes[payload + 3] & 0xFF) != 0x9D || (bytes[payload + 4] & 0xFF) != 0x01
								|| (bytes[payload + 5] & 0xFF) != 0x2A) {
							throw refused("resident.photo.unreadable");
						}
						width = Math.max(width, le(bytes, payload + 6, 2) & 0x3FFF);
						height = Math.max(height, le(bytes, payload + 8, 2) & 0x3FFF);
					}
					case "VP8L" -> {
						image = true;
						if (size < 5 || bytes[payload] != 0x2F) {
							throw refused("resident.photo.unreadable");
						}
						long bits = le(bytes, payload + 1, 4);
						width = Math.max(width, (bits & 0x3FFF) + 1);
						height = Math.max(height, ((bits >> 14) & 0x3FFF) + 1);
					}
					case "ANMF" -> image = true;
					default -> {
					}
				}
				if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
					int copyEnd = Math.min(end, bytes.length);
					byte[] chunk = Arrays.copyOfRange(bytes, at, copyEnd);
					if (fourcc.equals("VP8X")) {
						chunk[8] &= (byte) ~(0x08 | 0x04); // the EXIF and XMP flags: those chunks are gone
					}
					kept.writeBytes(chunk);
					if (copyEnd < end) {
						kept.write(0);
					}
				}
				at = end;
			}
			if (!image || width * height == 0) {
				throw refused("resident.photo.unreadable");
			}
			if (width * height > MAX_PIXELS) {
				throw refused("resident.photo.tooManyPixels");
			}
			byte[] body = kept.toByteArray();
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
			out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
			int riffSize = body.length + 4;
			out.writeBytes(new byte[] { (byte) riffSize, (byte) (riffSize >> 8), (byte) (riffSize >> 16),
					(byte) (riffSize >> 24) });
			out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(body);
			return out.toByteArray();
		}

		private static long le(byte[] bytes, int at, int length) {
			if (at + length > bytes.length) {
				throw refused("resident.photo.unreadable");
			}
			long value = 0;
			for (int i = length - 1; i >= 0; i--) {
				value = (value << 8) | (bytes[at + i] & 0xFF);
			}
			return value;
		}

	}

}
