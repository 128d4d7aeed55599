package se.trygghet.residentreport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.trygghet.notification.Notices;

/**
 * Tells the reporter (and those who pressed "same problem" with an address) what became of a report, after the
 * change is committed. Each mail carries the private link, which is the only way back to the case.
 */
@Component
class ResidentNotices {

	private final Notices notices;

	private final JdbcClient jdbc;

	private final String baseUrl;

	ResidentNotices(Notices notices, JdbcClient jdbc, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	String link(String token) {
		return baseUrl + "/rapportera/" + token;
	}

	@TransactionalEventListener
	void on(ResidentReportEvents.ReportReceived event) {
		jdbc.sql("select email, token from resident_report where id = :id and email is not null")
			.param("id", event.report().value())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional()
			.ifPresent(row -> notices.send(List.of(row[0]), "Tack för din rapport (ärende " + event.number() + ")",
					"Hej!\n\nTack för att du rapporterade en otrygg plats. Rapporten granskas och skickas till den "
							+ "nämnd som ansvarar för platsen.\n\nFölj ärendet här: " + link(row[1])
							+ "\n\nVästerås stad via Trygghetsplattformen"));
	}

	@TransactionalEventListener
	void on(ResidentReportEvents.ReportStatusChanged event) {
		String token = jdbc.sql("select token from resident_report where id = :id")
			.param("id", event.report().value())
			.query(String.class)
			.single();
		String status = StatusTexts.sv(ReportStatus.valueOf(event.to()));
		StringBuilder body = new StringBuilder("Hej!\n\nÄrende " + event.number() + " har fått status \"" + status
				+ "\".\n\n" + event.publicText() + "\n");
		if (event.reason() != null) {
			body.append("\nSkäl: ").append(event.reason()).append('\n');
		}
		if (event.referredTo() != null) {
			body.append("\nHänvisat till: ").append(event.referredTo()).append('\n');
		}
		body.append("\nFölj ärendet här: ").append(link(token)).append("\n\nVästerås stad via Trygghetsplattformen");
		notices.send(recipients(event.report()), "Ärende " + event.number() + ": " + status, body.toString());
	}

	/** Four weeks after "åtgärdad": is it really fixed? The answer is one button on the private page. */
	void askWhetherFixed(ResidentReportId report, long number, String token) {
		notices.send(recipients(report), "Är det åtgärdat? (ärende " + number + ")",
				"Hej!\n\nFör fyra veckor sedan markerades ärende " + number + " som åtgärdat. Stämmer det?\n\n"
						+ "Om problemet finns kvar, öppna länken och tryck på \"Nej, det är inte åtgärdat\", så går "
						+ "ärendet tillbaka till nämnden: " + link(token) + "\n\nVästerås stad via Trygghetsplattformen");
	}

	List<String> recipients(ResidentReportId report) {
		List<String> to = new ArrayList<>();
		jdbc.sql("select email from resident_report where id = :id and email is not null")
			.param("id", report.value()).query(String.class).list().forEach(to::add);
		jdbc.sql("select email from resident_report_follower where report_id = :id and email is not null")
			.param("id", report.value()).query(String.class).list().forEach(to::add);
		return to;
	}

}
