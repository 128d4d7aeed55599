package se.trygghet.consultation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.trygghet.identity.ReporterAddresses;
import se.trygghet.notification.Notices;

/**
 * Tells the consulted committees' reporters that a draft waits for their comments, and reminds those that have not
 * answered. Sent after the step is committed, so a mail never announces something that was rolled back.
 */
@Component
class ConsultationNotices {

	private final Notices notices;

	private final ReporterAddresses addresses;

	private final String baseUrl;

	ConsultationNotices(Notices notices, ReporterAddresses addresses,
			@Value("${app.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.addresses = addresses;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@TransactionalEventListener
	void on(ConsultationEvents.ConsultationSent event) {
		notices.send(addresses.of(event.committees()), "Remiss: " + event.planName(),
				"Hej!\n\nUtkastet till \"" + event.planName() + "\" är skickat på remiss till er nämnd. Lämna era "
						+ "synpunkter på de aktiviteter nämnden är utpekad för senast " + event.deadline() + ".\n\n"
						+ "Remisser: " + baseUrl + "/consultations/" + event.consultation()
						+ "\n\nStadsledningskontoret via Trygghetsplattformen");
	}

	@TransactionalEventListener
	void on(ConsultationEvents.ConsultationReminded event) {
		String when = event.daysLeft() == 0 ? "i dag"
				: event.daysLeft() == 1 ? "i morgon" : "om " + event.daysLeft() + " dagar";
		notices.send(addresses.of(event.committees()), "Påminnelse: remissen stänger " + when + " – " + event.planName(),
				"Hej!\n\nSista dag för att svara på remissen av \"" + event.planName() + "\" är " + event.deadline()
						+ " (" + when + "). Enligt våra uppgifter har er nämnd inte lämnat sitt svar än.\n\n"
						+ "Remissen: " + baseUrl + "/consultations/" + event.consultation()
						+ "\n\nStadsledningskontoret via Trygghetsplattformen");
	}

}
