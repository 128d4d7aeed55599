package se.trygghet.residentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What happens to a resident's photo: metadata gone, anything but a sane image refused. Pure Java, no Spring. */
class ResidentPhotoTests {

	static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.DARK_GRAY);
		g.fillRect(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/**
	 * A JPEG as a phone writes it: an APP1 segment with EXIF whose GPS IFD holds a latitude reference, built by hand
	 * (big-endian TIFF: IFD0 with one GPSInfo pointer, then a GPS IFD with GPSLatitudeRef "N").
	 */
	static byte[] jpegWithGps() throws IOException {
		byte[] plain = image("jpeg", 64, 48);
		ByteBuffer tiff = ByteBuffer.allocate(44).order(ByteOrder.BIG_ENDIAN);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		tiff.putShort((short) 1).putShort((short) 0x0001).putShort((short) 2).putInt(2)
			.put(new byte[] { 'N', 0, 0, 0 }).putInt(0);
		byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
			.put(tiff.array()).array();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2); // SOI
		out.write(0xFF);
		out.write(0xE1);
		int length = exif.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(exif);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	static byte[] pngBytes() {
		try {
			return image("png", 40, 30);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	static boolean hasApp1(byte[] jpeg) {
		return contains(jpeg, new byte[] { (byte) 0xFF, (byte) 0xE1 });
	}

	@Test
	void storesAJpegWithoutItsExifAndGpsBlock() throws IOException {
		byte[] upload = jpegWithGps();
		assertThat(contains(upload, "Exif".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(upload))).as("the test image itself is readable").isNotNull();

		ReportPhotos.Photo photo = ReportPhotos.clean(upload);

		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(contains(photo.cleaned(), "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(hasApp1(photo.cleaned())).as("no APP1 (EXIF/XMP) segment").isFalse();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo.cleaned())).getWidth()).isEqualTo(64);
		assertThat(photo.original()).as("the original is kept for staff until deleted").isEqualTo(upload);
	}

	@Test
	void reencodesAPngAndShrinksAHugeOne() throws IOException {
		ReportPhotos.Photo photo = ReportPhotos.clean(image("png", 3000, 1500));
		BufferedImage stored = ImageIO.read(new java.io.ByteArrayInputStream(photo.cleaned()));
		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(stored.getWidth()).isEqualTo(ReportPhotos.MAX_SIDE);
		assertThat(stored.getHeight()).isEqualTo(ReportPhotos.MAX_SIDE / 2);
	}

	@Test
	void refusesAFileThatIsNotAnImageWhateverItIsCalled() {
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ReportPhotos.clean(pdf)).isInstanceOfSatisfying(InvalidResidentReport.class,
				ex -> assertThat(ex.problems()).containsEntry("photo", "resident.photo.type"));
	}

	@Test
	void refusesAFileLargerThanTenMegabytes() {
		byte[] big = new byte[ReportPhotos.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> ReportPhotos.clean(big)).isInstanceOfSatisfying(InvalidResidentReport.class,
				ex -> assertThat(ex.problems()).containsEntry("photo", "resident.photo.tooLarge"));
	}

	/** A PNG whose header claims 20 000 × 20 000 pixels (400 megapixels, 1.6 GB decoded) in a few dozen bytes. */
	static byte[] pngBomb() {
		ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(20_000)
			.putInt(20_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		CRC32 crc = new CRC32();
		crc.update(ihdr.array());
		return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
			.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })
			.putInt(13)
			.put(ihdr.array())
			.putInt((int) crc.getValue())
			.putInt(0)
			.put("IEND".getBytes(StandardCharsets.US_ASCII))
			.putInt(0xAE426082)
			.array();
	}

	@Test
	void refusesADecompressionBombFromItsHeaderBeforeDecoding() {
		assertThatThrownBy(() -> ReportPhotos.clean(pngBomb())).isInstanceOfSatisfying(InvalidResidentReport.class,
				ex -> assertThat(ex.problems()).containsEntry("photo", "resident.photo.tooManyPixels"));
	}

	static byte[] webp(int width, int height, boolean exif) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		ByteBuffer vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
		vp8x.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) (exif ? 0x08 : 0)).put(new byte[3]);
		vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
		vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
		body.writeBytes(vp8x.array());
		long bits = (width - 1) | ((long) (height - 1) << 14);
		ByteBuffer vp8l = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN);
		vp8l.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(5).put((byte) 0x2F).putInt((int) bits).put((byte) 0);
		body.writeBytes(vp8l.array());
		if (exif) {
			byte[] gps = "MM\0*GPSLatitude 59.61".getBytes(StandardCharsets.US_ASCII);
			ByteBuffer chunk = ByteBuffer.allocate(8 + gps.length + (gps.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
			chunk.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(gps.length).put(gps);
			body.writeBytes(chunk.array());
		}
		ByteBuffer out = ByteBuffer.allocate(12 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
		out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.size())
			.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body.toByteArray());
		return out.array();
	}

	@Test
	void dropsTheExifChunkOfAWebpAndClearsItsFlag() {
		ReportPhotos.Photo photo = ReportPhotos.clean(webp(640, 480, true));
		assertThat(photo.contentType()).isEqualTo("image/webp");
		assertThat(contains(photo.cleaned(), "EXIF".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(contains(photo.cleaned(), "GPSLatitude".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(photo.cleaned()[20] & 0x08).as("VP8X EXIF flag").isZero();
		assertThat(ByteBuffer.wrap(photo.cleaned(), 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
			.isEqualTo(photo.cleaned().length - 8);
	}

	@Test
	void refusesAWebpWhoseCanvasIsTooLarge() {
		assertThatThrownBy(() -> ReportPhotos.clean(webp(16_000, 16_000, false)))
			.isInstanceOfSatisfying(InvalidResidentReport.class,
					ex -> assertThat(ex.problems()).containsEntry("photo", "resident.photo.tooManyPixels"));
	}

	@Test
	void refusesATruncatedImage() throws IOException {
		byte[] jpeg = image("jpeg", 64, 48);
		byte[] cut = java.util.Arrays.copyOf(jpeg, 40);
		assertThatThrownBy(() -> ReportPhotos.clean(cut)).isInstanceOfSatisfying(InvalidResidentReport.class,
				ex -> assertThat(ex.problems()).containsEntry("photo", "resident.photo.unreadable"));
	}

}
