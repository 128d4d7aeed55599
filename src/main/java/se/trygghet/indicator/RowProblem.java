package se.trygghet.indicator;

import java.util.List;

/**
 * Something wrong with one value of a batch: its index in the list given to {@link Measurements#upsert}, the field
 * ({@code indicator}, {@code period}, {@code area}, {@code breakdown}, {@code source}, {@code value}, ...) and a message
 * code with its arguments. An import maps the index to its own row and column.
 */
record RowProblem(int row, String field, String code, List<String> args) {

	RowProblem {
		args = List.copyOf(args);
	}

	RowProblem(int row, String field, String code, String... args) {
		this(row, field, code, List.of(args));
	}

}
