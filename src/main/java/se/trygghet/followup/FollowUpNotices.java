package se.trygghet.followup;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.trygghet.identity.ReporterAddresses;
import se.trygghet.notification.Notices;

/**
 * Tells the committees' reporters when there is work for them (a round opened) and what became of it (a report sent
 * back or approved). Sent after the change is committed, so a mail never announces something that was rolled back.
 */
@Component
class FollowUpNotices {

	private final Notices notices;

	private final ReporterAddresses addresses;

	private final ReportingRounds rounds;

	private final Reports reports;

	private final String baseUrl;

	FollowUpNotices(Notices notices, ReporterAddresses addresses, ReportingRounds rounds, Reports reports,
			@Value("${app.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.addresses = addresses;
		this.rounds = rounds;
		this.reports = reports;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@TransactionalEventListener
	void on(FollowUpEvents.RoundStateChanged event) {
		if (event.state() != RoundState.OPEN) {
			return;
		}
		RoundId roundId = event.roundId();
		rounds.byId(roundId).ifPresent(round -> {
			Set<UUID> committees = reports.ofRound(roundId)
				.stream()
				.map(r -> r.committee().value())
				.collect(Collectors.toSet());
			notices.send(addresses.of(committees), "Uppföljningen har öppnat: " + round.title(),
					"Hej!\n\nUppföljningsomgången \"" + round.title() + "\" är öppen. Era nämnders rapporter och "
							+ "bidrag väntar på er.\n\nSista dag för rapportering: " + round.deadline() + "\n\n"
							+ "Mina rapporter: " + baseUrl + "/my-reports\n\nStadsledningskontoret via Trygghetsplattformen");
		});
	}

	@TransactionalEventListener
	void on(FollowUpEvents.ReportChanged event) {
		if (!event.step().equals("returned") && !event.step().equals("approved")) {
			return;
		}
		reports.byId(event.reportId()).ifPresent(report -> {
			boolean returned = event.step().equals("returned");
			String subject = (returned ? "Rapporten har skickats tillbaka: aktivitet "
					: "Rapporten är godkänd: aktivitet ") + report.activityNumber();
			String body = "Hej!\n\nRapporten för aktivitet " + report.activityNumber() + " ("
					+ report.activityText() + ") "
					+ (returned ? "har skickats tillbaka för komplettering.\n\nKommentar: " + report.reviewComment()
							: "är godkänd.")
					+ "\n\nRapporten: " + baseUrl + "/reports/" + report.id()
					+ "\n\nStadsledningskontoret via Trygghetsplattformen";
			notices.send(addresses.of(Set.of(report.committee().value())), subject, body);
		});
	}

	@TransactionalEventListener
	void on(FollowUpEvents.DeadlineReminded event) {
		String when = event.daysLeft() == 0 ? "i dag"
				: event.daysLeft() == 1 ? "i morgon" : "om " + event.daysLeft() + " dagar";
		notices.send(addresses.of(event.committees()), "Påminnelse: sista dag " + when + " – " + event.title(),
				"Hej!\n\nSista dag för rapportering i \"" + event.title() + "\" är " + event.deadline() + " (" + when
						+ "). Enligt våra uppgifter har er nämnd rapporter eller bidrag som inte är inskickade än."
						+ "\n\nMina rapporter: " + baseUrl + "/my-reports\n\nStadsledningskontoret via Trygghetsplattformen");
	}

}
