package se.trygghet.intervention;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** PostgreSQL array literals for {@code cast(:x as text[])} parameters, and arrays read back as lists. */
final class SqlArrays {

	private SqlArrays() {
	}

	/** Every element quoted, with quotes and backslashes escaped, so free text with commas survives. */
	static String literal(Collection<?> values) {
		return "{" + String.join(",", values.stream()
			.map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.toList()) + "}";
	}

	static <T> List<T> list(@Nullable Array array, Function<String, T> each) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(o -> each.apply(o.toString())).toList();
	}

}
