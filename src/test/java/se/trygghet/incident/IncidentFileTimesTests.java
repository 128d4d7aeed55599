package se.trygghet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import file's times are read digit by digit when they can be, and then exactly as the formatter reads them. */
class IncidentFileTimesTests {

	static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

	@Test
	void readsEveryTimeAsTheFormatterDoesAndRefusesWhatItRefuses() {
		for (String text : List.of("2026-11-20 14:30", "2026-11-20 14:30:15", " 2026-11-20 14:30 ", "2026-02-30 10:00",
				"2024-02-31 23:59:59", "2026-04-31 10:00", "0001-01-01 00:00", "2026-01-10 24:00")) {
			assertThat(IncidentFileImport.time(text)).as(text).isEqualTo(LocalDateTime.parse(text.strip(), FORMATTER));
		}
		assertThat(IncidentFileImport.time("2026-11-20T14:30")).isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 30));
		for (String text : List.of("0000-01-01 00:00", "2026-13-01 00:00", "2026-00-10 00:00", "2026-01-00 00:00",
				"2026-01-32 00:00", "2026-01-10 23:60", "2026-1-10 10:00", "20x6-01-10 10:00", "2026-01-10 10:00:60")) {
			assertThatThrownBy(() -> IncidentFileImport.time(text)).as(text).isInstanceOf(DateTimeException.class);
		}
	}

}
