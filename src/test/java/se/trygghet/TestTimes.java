package se.trygghet;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates and times for tests, in Swedish time as the platform reads them. The suite runs at any hour and in any
 * zone (CI runs in UTC), so a test that types "today at 09:00" into a form fails before nine in the morning, and
 * {@code LocalDate.now()} is the wrong day for Sweden in the last hours before UTC midnight.
 */
public final class TestTimes {

	public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private TestTimes() {
	}

	/** Today's date in Sweden. */
	public static LocalDate today() {
		return LocalDate.now(SWEDEN);
	}

	/** Yesterday in Sweden: every time of that day has passed, whenever the test runs. */
	public static LocalDate yesterday() {
		return today().minusDays(1);
	}

}
