package se.trygghet.system;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Makes the municipality's time zone ({@code app.time-zone}, Europe/Stockholm) the JVM's default as soon as the
 * settings are read. Servers and containers usually run in UTC, and everything that formats an instant without being
 * told a zone (templates, documents, logs, the PostgreSQL driver's session) then showed times an hour or two behind
 * what the users' clocks say. Registered in {@code META-INF/spring.factories} so it also holds before the context
 * exists; {@code SystemConfig}'s clock reads the same setting.
 */
public class MunicipalTimeZone implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	static final String DEFAULT = "Europe/Stockholm";

	/**
	 * After the settings are read (Boot's {@code EnvironmentPostProcessorApplicationListener}, +10) and before logging
	 * is set up ({@code LoggingApplicationListener}, +20), so that the log's timestamps are in the same zone.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 15;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ZoneId zone = ZoneId.of(event.getEnvironment().getProperty("app.time-zone", DEFAULT));
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
	}

}
