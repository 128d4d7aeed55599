package se.trygghet.situation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * gzip at level 1 for the hot-spot GeoJSON, which a year's map makes megabytes: Tomcat's compression
 * ({@code server.compression.*}) deflates at level 6, about five times the CPU per byte for answers some 15 % smaller,
 * and on that answer it cost more than the analysis (docs/BENCHMARKS.md). An answer that already states its
 * Content-Encoding is left alone by Tomcat.
 */
final class FastGzip {

	private FastGzip() {
	}

	/** Whether an Accept-Encoding header accepts gzip: named with a weight above 0, or else by {@code *} so. */
	static boolean accepted(@Nullable String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		double any = 0;
		for (String part : acceptEncoding.split(",")) {
			String[] coding = part.split(";");
			String name = coding[0].strip().toLowerCase(Locale.ROOT);
			if (name.equals("gzip") || name.equals("x-gzip")) {
				return weight(coding) > 0;
			}
			if (name.equals("*")) {
				any = weight(coding);
			}
		}
		return any > 0;
	}

	private static double weight(String[] coding) {
		for (int i = 1; i < coding.length; i++) {
			String parameter = coding[i].strip().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2).strip());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	static byte[] compress(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024) {
			{
				def.setLevel(Deflater.BEST_SPEED);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
