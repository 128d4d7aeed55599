package se.trygghet.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.actor.ActorId;
import se.trygghet.plan.CommitteeId;

/**
 * On the first start, registers the forums the plan names, with the plan's own descriptions and the members it names:
 * Värna Västerås (led by Kommunstyrelsen's chair, with the police among its parties), Trygghetsrådet (the presidia of
 * four committees and the police, chaired jointly, four meetings a year), PLG Social hållbarhet and the EST work. Runs
 * after the actor registry has registered the police. Trygghetsrådet's members are members from April 2021, when the
 * plan says the council was formed; the plan gives no date for the other forums' members, so theirs run from the day
 * they are registered here.
 */
@Component
class CollaborationBootstrap {

	static final String VARNA = "Värna Västerås";

	static final String TRYGGHETSRADET = "Trygghetsrådet";

	static final String PLG = "PLG Social hållbarhet";

	static final String EST = "EST – Effektiv samordning för trygghet";

	/** "I april 2021 skapade Västerås stad tillsammans med polisen ett Trygghetsråd." */
	static final LocalDate TRYGGHETSRADET_FORMED = LocalDate.of(2021, 4, 1);

	private final Forums forums;

	private final Participants participants;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CollaborationBootstrap(Forums forums, Participants participants, JdbcClient jdbc, TransactionTemplate transaction,
			Clock clock) {
		this.forums = forums;
		this.participants = participants;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	void registerThePlansForums() {
		if (jdbc.sql("select exists (select 1 from forum where not demo)").query(Boolean.class).single()) {
			return;
		}
		try {
			transaction.executeWithoutResult(status -> seed());
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// another node starting at the same moment registered them first
		}
	}

	private void seed() {
		LocalDate today = LocalDate.now(clock);
		ForumId varna = forums.ensure(VARNA, """
				Stadens lokala brottsförebyggande råd (Värna Västerås) leds av Kommunstyrelsens ordförande och består av \
				representanter från civilsamhälle, näringsliv, polisen, kommunala förvaltningar och bolag samt andra \
				berörda aktörer. Syftet med Värna Västerås är att det ska vara ett organ för samråd och ömsesidig \
				information mellan dessa parter, samt att samordna samverkansöverenskommelser och medborgarlöften med \
				polisen. Medborgarlöfte är en överenskommelse mellan kommun och polis som utgår ifrån vad de som bor och \
				verkar i ett område upplever som viktigt för att de ska känna sig säkra och trygga.""", null, false);
		committee(varna, "Kommunstyrelsen", ForumRole.ORDFORANDE, today);
		actor(varna, "Polisen", ForumRole.LEDAMOT, today);

		ForumId council = forums.ensure(TRYGGHETSRADET, """
				I april 2021 skapade Västerås stad tillsammans med polisen ett Trygghetsråd. I Trygghetsrådet ingår \
				presidierna i kommunstyrelsen, Grundskolenämnden, Nämnden för idrott, fritid och förebyggande och Individ- \
				och familjenämnden, samt representanter från polisen. Kommunstyrelsens ordförande och \
				lokalpolisområdeschefen har ett delat ordförandeskap i trygghetsrådet och träffar fyra gånger per år. \
				Trygghetsrådets verksamhet kommer utgå från de behov som identifieras i den gemensamma lägesbilden. \
				Lägesbilden ligger således till grund för gemensamma beslut gällande till exempel nya strategiska \
				insatser eller metoder.""", 4, false);
		committee(council, "Kommunstyrelsen", ForumRole.ORDFORANDE, TRYGGHETSRADET_FORMED);
		actor(council, "Polisen", ForumRole.MEDORDFORANDE, TRYGGHETSRADET_FORMED);
		committee(council, "Grundskolenämnden", ForumRole.LEDAMOT, TRYGGHETSRADET_FORMED);
		committee(council, "Nämnden för idrott, fritid och förebyggande", ForumRole.LEDAMOT, TRYGGHETSRADET_FORMED);
		committee(council, "Individ- och familjenämnden", ForumRole.LEDAMOT, TRYGGHETSRADET_FORMED);

		forums.ensure(PLG, """
				Hållbarhetsenheten ansvarar för att frågor om trygghetsskapande och brottsförebyggande arbete förs upp på \
				agendan på Processledningsgruppen (PLG) Social hållbarhet. Samtliga nämnder och styrelser ansvarar för att \
				driva arbetet och vidta de åtgärder inom respektive ansvarsområde som Hållbarhetsarenan, Värna Västerås \
				och PLG Social hållbarhet beslutar om.""", null, false);

		forums.ensure(EST, """
				En konkret metod för såväl socialt som situationellt trygghetsskapande arbete är Effektiv samordning för \
				trygghet (EST), vilket vi i Västerås arbetar med i några utvalda stadsdelar sedan 2018. Målet med metoden \
				är att minska och förebygga otrygghet genom tidiga insatser när problem uppstår eller är på väg att kunna \
				hända. Metoden innebär ett strukturerat arbetssätt och samarbete kring informationsinsamling, analys av \
				lägesbilden, insatser och uppföljning/återkoppling.""", null, false);
	}

	private void committee(ForumId forum, String name, ForumRole role, LocalDate since) {
		Optional<UUID> committee = participants.committeeNamed(name);
		// a platform started with another municipality's plan lacks Västerås' committees: the forum stays without them
		committee.ifPresent(id -> forums.ensureMember(forum, Participant.of(new CommitteeId(id)), role, since));
	}

	private void actor(ForumId forum, String name, ForumRole role, LocalDate since) {
		participants.actorNamed(name)
			.ifPresent(id -> forums.ensureMember(forum, Participant.of(new ActorId(id)), role, since));
	}

}
