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
import se.trygghet.system.Refusal;

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
		assertThatThrownBy(() -> ReportPhotos.clean(pdf)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("photo", "resident.photo.type"));
	}

	@Test
	void refusesAFileLargerThanTenMegabytes() {
		byte[] big = new byte[ReportPhotos.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> ReportPhotos.clean(big)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("photo", "resident.photo.tooLarge"));
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
		assertThatThrownBy(() -> ReportPhotos.clean(pngBomb())).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("photo", "resident.photo.tooManyPixels"));
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
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.fieldCodes()).containsEntry("photo", "resident.photo.tooManyPixels"));
	}

	@Test
	void refusesATruncatedImage() throws IOException {
		byte[] jpeg = image("jpeg", 64, 48);
		byte[] cut = java.util.Arrays.copyOf(jpeg, 40);
		assertThatThrownBy(() -> ReportPhotos.clean(cut)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("photo", "resident.photo.unreadable"));
	}

	/** Four quadrants of named colours: which one ends up where shows both a turn and a mirror. */
	static BufferedImage quadrants(int width, int height, Color topLeft, Color topRight, Color bottomLeft,
			Color bottomRight) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		Color[][] colours = { { topLeft, topRight }, { bottomLeft, bottomRight } };
		for (int row = 0; row < 2; row++) {
			for (int column = 0; column < 2; column++) {
				g.setColor(colours[row][column]);
				g.fillRect(column * width / 2, row * height / 2, width / 2, height / 2);
			}
		}
		g.dispose();
		return image;
	}

	/**
	 * The image as a JPEG with an EXIF segment holding only IFD0's Orientation tag, written little-endian ("II") as
	 * most phones do; {@code length} cuts the segment short to make it malformed.
	 */
	static byte[] jpegWithOrientation(BufferedImage stored, int orientation, int length) throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(stored, "jpeg", plain);
		ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put("II".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
			.putShort((short) orientation).putShort((short) 0).putInt(0);
		byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
			.put(tiff.array()).array();
		exif = java.util.Arrays.copyOf(exif, Math.min(length, exif.length));
		byte[] jpeg = plain.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.write(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	static final Color RED = new Color(220, 30, 30);

	static final Color GREEN = new Color(30, 200, 30);

	static final Color BLUE = new Color(30, 30, 220);

	static final Color YELLOW = new Color(230, 220, 30);

	/** Which of the four colours the middle of a quadrant is nearest to, through JPEG's losses. */
	static String quadrant(BufferedImage image, int column, int row) {
		Color seen = new Color(image.getRGB(image.getWidth() * (2 * column + 1) / 4, image.getHeight() * (2 * row + 1) / 4));
		String nearest = null;
		double best = Double.MAX_VALUE;
		for (var named : java.util.Map.of("red", RED, "green", GREEN, "blue", BLUE, "yellow", YELLOW).entrySet()) {
			Color c = named.getValue();
			double distance = Math.pow(c.getRed() - seen.getRed(), 2) + Math.pow(c.getGreen() - seen.getGreen(), 2)
					+ Math.pow(c.getBlue() - seen.getBlue(), 2);
			if (distance < best) {
				best = distance;
				nearest = named.getKey();
			}
		}
		return nearest;
	}

	static String layout(byte[] jpeg) throws IOException {
		BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
		return image.getWidth() + "x" + image.getHeight() + " " + quadrant(image, 0, 0) + " " + quadrant(image, 1, 0)
				+ " / " + quadrant(image, 0, 1) + " " + quadrant(image, 1, 1);
	}

	@Test
	void turnsAPhotoUprightAsItsExifOrientationSaysBeforeTheTagIsDropped() throws IOException {
		// upright, the photo is 40 x 80: red green / blue yellow. Each stored image is what a camera writes with the
		// tag, drawn by hand from the EXIF specification's description of the orientation.
		String upright = "40x80 red green / blue yellow";
		java.util.Map<Integer, BufferedImage> stored = new java.util.LinkedHashMap<>();
		stored.put(1, quadrants(40, 80, RED, GREEN, BLUE, YELLOW));
		stored.put(2, quadrants(40, 80, GREEN, RED, YELLOW, BLUE)); // mirrored left to right
		stored.put(3, quadrants(40, 80, YELLOW, BLUE, GREEN, RED)); // upside down
		stored.put(4, quadrants(40, 80, BLUE, YELLOW, RED, GREEN)); // mirrored top to bottom
		stored.put(5, quadrants(80, 40, RED, BLUE, GREEN, YELLOW)); // row 0 is the left side, column 0 the top
		stored.put(6, quadrants(80, 40, GREEN, YELLOW, RED, BLUE)); // the usual phone photo held upright
		stored.put(7, quadrants(80, 40, YELLOW, GREEN, BLUE, RED)); // row 0 is the right side, column 0 the bottom
		stored.put(8, quadrants(80, 40, BLUE, RED, YELLOW, GREEN)); // held upright the other way round

		for (var each : stored.entrySet()) {
			byte[] upload = jpegWithOrientation(each.getValue(), each.getKey(), Integer.MAX_VALUE);
			assertThat(JpegOrientation.of(upload)).isEqualTo(each.getKey());

			byte[] cleaned = ReportPhotos.clean(upload).cleaned();

			assertThat(layout(cleaned)).as("orientation %d", each.getKey()).isEqualTo(upright);
			assertThat(hasApp1(cleaned)).isFalse();
		}
	}

	@Test
	void keepsAPhotoAsStoredWhenItsOrientationTagIsMissingOrMalformed() throws IOException {
		BufferedImage sideways = quadrants(80, 40, GREEN, YELLOW, RED, BLUE);
		for (int cut : new int[] { 4, 9, 14, 24 }) {
			byte[] upload = jpegWithOrientation(sideways, 6, cut);
			assertThat(JpegOrientation.of(upload)).as("EXIF cut after %d bytes", cut).isEqualTo(JpegOrientation.NORMAL);
			assertThat(layout(ReportPhotos.clean(upload).cleaned())).isEqualTo("80x40 green yellow / red blue");
		}
		assertThat(JpegOrientation.of(jpegWithOrientation(sideways, 9, Integer.MAX_VALUE))).as("no such orientation")
			.isEqualTo(JpegOrientation.NORMAL);
		assertThat(JpegOrientation.of(jpegWithGps())).as("EXIF without the tag").isEqualTo(JpegOrientation.NORMAL);
	}

}
