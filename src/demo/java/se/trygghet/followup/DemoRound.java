package se.trygghet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.PlanCatalog;

/**
 * For the demo only: an open round of Västerås' plan in which most committees have reported, some reports are
 * approved and one is sent back, so the dashboard, My reports and the review have something to show. Every text is
 * marked as invented and the round carries the demo flag. Goes through the same service as people do.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRound implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

	static final String TITLE = "Uppföljning 2023 (demodata)";

	static final String PUBLISHED_TITLE = "Uppföljning 2022 (demodata)";

	private static final ActivityStatus[] STATUSES = { ActivityStatus.PAGAENDE, ActivityStatus.GENOMFORD,
			ActivityStatus.PAGAENDE, ActivityStatus.FORSENAD, ActivityStatus.GENOMFORD, ActivityStatus.EJ_PABORJAD,
			ActivityStatus.PAGAENDE, ActivityStatus.AVSLUTAD_ERSATT };

	private static final GoalContribution[] ASSESSMENTS = { GoalContribution.BIDRAR, GoalContribution.BIDRAR_DELVIS,
			GoalContribution.BIDRAR, GoalContribution.KAN_INTE_BEDOMAS };

	private final FollowUp followUp;

	private final Reports reports;

	private final ReportingRounds rounds;

	private final PlanCatalog plans;

	private final CurrentUsers currentUsers;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoRound(FollowUp followUp, Reports reports, ReportingRounds rounds, PlanCatalog plans, CurrentUsers currentUsers,
			TransactionTemplate transaction, Clock clock) {
		this.followUp = followUp;
		this.reports = reports;
		this.rounds = rounds;
		this.plans = plans;
		this.currentUsers = currentUsers;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (rounds.anyDemo()) {
			return;
		}
		plans.plans().stream().filter(p -> p.key().equals("vasteras-2021-2023")).findFirst().ifPresent(plan -> {
			// one transaction each: a demo round appears whole or not at all
			int published = transaction.execute(status -> createPublished(plan));
			log.info("Demo round '{}' published with {} reports and contributions", PUBLISHED_TITLE, published);
			int created = transaction.execute(status -> create(plan));
			log.info("Demo round '{}' created with {} reports and contributions", TITLE, created);
		});
	}

	/**
	 * The year before, already published: every lead report written, submitted and approved, so residents' pages
	 * (which show only published rounds) have something to show in the demo, and most contributions sent in.
	 */
	private int createPublished(PlanCatalog.PlanRef plan) {
		LocalDate today = LocalDate.now(clock);
		RoundId round = openDemoRound(plan, "2022", PUBLISHED_TITLE, today.minusDays(60), today.plusDays(1));
		List<Report> all = reports.ofRound(round);
		int contributions = 0;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).kind() == Report.Kind.ACTIVITY_REPORT) {
				write(all.get(i), i, true);
			}
			else {
				// of the co-responsible committees, seven in ten sent their contribution in, one in ten left it a
				// draft, and the rest wrote nothing: the round's progress has real numbers to show
				int nth = contributions++ % 10;
				if (nth < 8) {
					write(all.get(i), i, nth != 7);
				}
			}
		}
		currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(), () -> {
			for (Report report : reports.ofRound(round)) {
				if (report.kind() == Report.Kind.ACTIVITY_REPORT && report.state() == ReportState.SUBMITTED) {
					followUp.approve(report.id(), report.version());
				}
			}
			followUp.closeRound(round);
			followUp.publishRound(round);
			return null;
		});
		return all.size();
	}

	private int create(PlanCatalog.PlanRef plan) {
		LocalDate today = LocalDate.now(clock);
		RoundId round = openDemoRound(plan, "2023", TITLE, today.minusDays(30), today.plusDays(14));
		List<Report> all = reports.ofRound(round);
		for (int i = 0; i < all.size(); i++) {
			// about one in five is still untouched, and one in eight only drafted
			if (i % 5 != 4) {
				write(all.get(i), i, i % 8 != 3);
			}
		}
		currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(), () -> {
			int reviewed = 0;
			for (Report report : reports.ofRound(round)) {
				if (report.kind() != Report.Kind.ACTIVITY_REPORT || report.state() != ReportState.SUBMITTED) {
					continue;
				}
				if (reviewed == 2) {
					followUp.returnReport(report.id(), report.version(),
							"[Demodata] Beskriv gärna vilka effekter som har märkts hittills.");
				}
				else if (reviewed % 2 == 0) {
					followUp.approve(report.id(), report.version());
				}
				reviewed++;
			}
			return null;
		});
		return all.size();
	}

	/** Plans a round as the coordinator would, marks it as demo data and opens it. */
	private RoundId openDemoRound(PlanCatalog.PlanRef plan, String period, String title, LocalDate opensOn,
			LocalDate deadline) {
		return currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(), () -> {
			RoundId id = followUp.planRound(plan.id(), period, title, opensOn, deadline);
			rounds.markDemo(id);
			followUp.openRound(id);
			return id;
		});
	}

	/** Writes a report's demo content as its committee would, and submits it when asked to. */
	private void write(Report report, int index, boolean submit) {
		currentUsers.asSystem(Set.of(Role.COMMITTEE_REPORTER), Set.of(report.committee().value()), () -> {
			followUp.saveDraft(report.id(), report.version(), content(report, index));
			if (submit) {
				followUp.submit(report.id(), report.version() + 1);
			}
			return null;
		});
	}

	private static ReportContent content(Report report, int index) {
		ActivityStatus status = STATUSES[index % STATUSES.length];
		String reason = status.requiresReason()
				? "[Demodata] Arbetet försenades av personalbyten och påbörjas igen under hösten." : null;
		String done = "[Demodata] Under året har nämnden arbetat med aktivitet " + report.activityNumber()
				+ " tillsammans med berörda förvaltningar, föreningar och polisen i kommunens stadsdelar. "
				+ "Insatserna har följts upp på samverkansmöten varje kvartal.";
		String effects = index % 3 == 0 ? null
				: "[Demodata] Deltagarna beskriver en ökad trygghet; effekten följs upp med indikatorerna.";
		String next = "[Demodata] Fortsätta arbetet och utvärdera det inför nästa uppföljning.";
		return new ReportContent(status, reason, done, effects, next, ASSESSMENTS[index % ASSESSMENTS.length])
			.withPerspectives(perspectives(index));
	}

	/**
	 * Some reports speak to the plan's perspectives, some do not, and some leave "children consulted" unanswered, so
	 * that the dashboard's and the annual report's counts have each case to show.
	 */
	private static Perspectives perspectives(int index) {
		return switch (index % 4) {
			case 0 -> new Perspectives(
					"[Demodata] Elever i årskurs 6–9 intervjuades om var de känner sig otrygga; svaren styrde vilka platser "
							+ "som åtgärdades först.",
					Perspectives.ChildrenConsulted.JA,
					"[Demodata] Flickor och pojkar svarade var för sig; flickor nämnde oftare dålig belysning.",
					"[Demodata] Trygghetsvandringen gjordes med rullstol och rollator för att hitta hinder, och inbjudan "
							+ "översattes till arabiska och somaliska.",
					Set.of(Perspectives.Grouping.FUNKTIONSNEDSATTNING, Perspectives.Grouping.ETNISK_BAKGRUND));
			case 1 -> new Perspectives(null, Perspectives.ChildrenConsulted.EJ_RELEVANT,
					"[Demodata] Utbildningen nådde lika många kvinnor som män bland medarbetarna.", null, Set.of());
			case 2 -> new Perspectives(
					"[Demodata] Barnkonsekvensanalys gjord inför beslutet; barnen själva har ännu inte tillfrågats.", null,
					null, "[Demodata] Seniorer över 65 deltog i grannsamverkan.", Set.of(Perspectives.Grouping.ALDER));
			default -> Perspectives.NONE;
		};
	}

}
