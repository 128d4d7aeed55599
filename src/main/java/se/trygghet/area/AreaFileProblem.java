package se.trygghet.area;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an area file: the feature it concerns (its index in {@code features}, or null for the file as
 * a whole) and a message code for the user's language.
 */
record AreaFileProblem(@Nullable Integer feature, String code, List<String> args) {

	AreaFileProblem(@Nullable Integer feature, String code, String... args) {
		this(feature, code, List.of(args));
	}

	/** Where the problem is, as a person finds it in the file: {@code features[3]}, or {@code file}. */
	public String location() {
		return feature == null ? "file" : "features[" + feature + "]";
	}

}
