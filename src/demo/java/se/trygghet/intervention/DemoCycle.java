package se.trygghet.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.system.Refusal;

/**
 * For the demo only, after the demo incidents: one invented problem in a demo district taken through the cycle —
 * cause analysis, an intervention tied to the plan's activity 2.3 (both naming indicators of focus area 2 they aim to
 * move), an evaluation against another demo district with a
 * buffer ring, and public feedback — every piece marked demo, so the pages show a whole example. The control is
 * Centrum, which the demo incidents give about Bäckby's level, as a control area should have.
 */
@Component
@Profile("demo")
@Order(50)
class DemoCycle implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCycle.class);

	private final InterventionWork work;

	private final Choices choices;

	private final AreaCatalog areas;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCycle(InterventionWork work, Choices choices, AreaCatalog areas, CurrentUsers currentUsers, JdbcClient jdbc,
			Clock clock) {
		this.work = work;
		this.choices = choices;
		this.areas = areas;
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from problem where demo)").query(Boolean.class).single()) {
			return;
		}
		Optional<AreaId> target = district("backby");
		Optional<AreaId> control = district("centrum");
		Optional<Choices.ActivityRef> activity = choices.activities()
			.stream()
			.filter(a -> a.planKey().equals("vasteras-2021-2023") && a.number().equals("2.3"))
			.findFirst();
		List<Choices.Option> committees = choices.committees();
		if (target.isEmpty() || control.isEmpty() || activity.isEmpty() || committees.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		currentUsers.asSystem(Set.of(Role.ANALYST), Set.of(), () -> {
			ProblemId problem = work.recordProblem(new Problem(new ProblemId(UUID.randomUUID()),
					"Klotter och skadegörelse kring torget (demodata)",
					"[Demodata] Påhittat exempel: lägesbilden visar mer klotter och skadegörelse kring torget.",
					target.get(), List.of("klotter", "skadegorelse"), today.minusMonths(12), today.minusMonths(6),
					Priority.HOG, ProblemStatus.IDENTIFIERAT, Visibility.INTERNAL,
					indicators("Anmälda brott").stream().map(Problem.Evidence::indicator).toList(), true, 0));
			work.moveProblem(problem, ProblemStatus.ANALYSERAS, 0);
			work.saveAnalysis(problem, new CauseAnalysis("Torget och gångtunneln, mörkt på kvällarna",
					"Fasader och lekplatsen", "Grupper av unga på kvällstid",
					List.of("Dålig belysning", "Ingen vuxennärvaro på kvällar"), List.of("Aktiv bostadsförening"),
					"[Demodata] Lägesbilden och en trygghetsvandring", 0), -1);
			work.moveProblem(problem, ProblemStatus.ATGARDAS, 1);
			InterventionId intervention = work.planIntervention(new Intervention(
					new InterventionId(UUID.randomUUID()), problem, "Belysning och snabb klottersanering (demodata)",
					InterventionKind.SITUATIONAL, List.of(new CommitteeId(UUID.fromString(committees.get(0).value()))),
					police(), target.get(), today.minusMonths(6), null, activity.get().id(),
					"Mindre klotter och skadegörelse kring torget",
					indicators("Andel som känner sig trygga i sitt bostadsområde",
							"Antal rapporter om otrygga platser i offentlig miljö"),
					List.of("klotter", "skadegorelse"),
					EvidenceLevel.LOVANDE, null, InterventionStatus.PLANERAD, Visibility.INTERNAL, true, 0));
			work.moveIntervention(intervention, InterventionStatus.PAGAR, 0);
			try {
				work.evaluate(intervention, new StoredEvaluation.Request(target.get(), control.get(), 300,
						List.of("klotter", "skadegorelse"), today.minusMonths(12), today.minusMonths(6).minusDays(1),
						today.minusMonths(6), today.minusDays(1)));
			}
			catch (Refusal refusal) {
				// e.g. demo boundaries without a ring around them: the example stands without its evaluation
				log.warn("The demo evaluation was refused: {}", refusal.getMessage());
			}
			work.recordFeedback(new Feedback(problem, intervention, RecipientKind.RESIDENTS, "Boende kring torget",
					today.minusDays(14), "Informationsblad", "[Demodata] Belysningen i gångtunneln är förbättrad.",
					Visibility.PUBLIC));
			return problem;
		});
		log.info("A demo problem, intervention and evaluation created");
	}

	/** The police, co-responsible in the demo as in most situational work, so the demo partner has something shared. */
	private List<ActorId> police() {
		return jdbc.sql("select id from actor where name = 'Polisen'").query(UUID.class).list().stream()
			.map(ActorId::new).toList();
	}

	/** The plan's indicators of those names, which the demo problem and intervention aim to move. */
	private List<IndicatorId> indicators(String... names) {
		return jdbc.sql("""
				select i.id from indicator i join focus_area f on f.id = i.focus_area_id
				  join action_plan p on p.id = f.plan_id
				 where p.plan_key = 'vasteras-2021-2023' and i.name in (:names) order by f.number, i.position
				""").param("names", List.of(names)).query(UUID.class).list().stream().map(IndicatorId::new).toList();
	}

	private Optional<AreaId> district(String code) {
		return areas.area("1980", AreaLevel.STADSDEL, code).filter(AreaCatalog.AreaRef::demo).map(AreaCatalog.AreaRef::id);
	}

}
