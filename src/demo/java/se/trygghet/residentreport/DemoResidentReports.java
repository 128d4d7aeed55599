package se.trygghet.residentreport;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.system.Refusal;

/**
 * For the demo only: a handful of invented residents' reports in central Västerås at different stages, so the case
 * list, the response times and Open311 have something to show. Every one is marked demo and goes through the same
 * checks and case handling as a real one.
 */
@Component
@Profile("demo")
@Order(45)
class DemoResidentReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoResidentReports.class);

	private final ResidentReporting reporting;

	private final CaseHandling handling;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	DemoResidentReports(ResidentReporting reporting, CaseHandling handling, JdbcClient jdbc,
			CurrentUsers currentUsers) {
		this.reporting = reporting;
		this.handling = handling;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	public record Demo(String category, double latitude, double longitude, String text, ReportStatus until) {
	}

	static final List<Demo> DEMOS = List.of(
			new Demo("belysning", 59.6189, 16.5312, "Flera gatlampor är släckta längs gångvägen vid ån.",
					ReportStatus.ATGARDAD),
			new Demo("buskage", 59.6078, 16.5601, "Buskarna vid busshållplatsen är så höga att man inte ser vem "
					+ "som står där.", ReportStatus.ATGARD_PAGAR),
			new Demo("otrygg-passage", 59.6132, 16.5233, "Gångtunneln under järnvägen är mörk och full av klotter.",
					ReportStatus.MOTTAGEN),
			new Demo("nedskrapning", 59.6231, 16.5470, "Mycket skräp och krossat glas i parken.", ReportStatus.INKOMMEN),
			new Demo("langning", 59.6105, 16.5388, "Det verkar förekomma langning bakom köpcentret på kvällarna.",
					ReportStatus.HANVISAD));

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from resident_report where demo)").query(Boolean.class).single()) {
			return;
		}
		int made = currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(), () -> {
			int n = 0;
			for (Demo demo : DEMOS) {
				try {
					ResidentReporting.Submitted report = reporting.submit(new NewResidentReport(demo.category(),
							demo.latitude(), demo.longitude(), demo.text(), null), null, "DEMO", null, true);
					handle(report, demo.until());
					n++;
				}
				catch (Refusal ex) {
					// the demo areas are not loaded (another municipality): the demo simply has no reports
					log.debug("Demo resident report skipped: {}", ex.fieldCodes());
				}
			}
			return n;
		});
		log.info("{} demo resident reports created", made);
	}

	private void handle(ResidentReporting.Submitted report, ReportStatus until) {
		int version = 0;
		if (until == ReportStatus.INKOMMEN) {
			return;
		}
		handling.moderate(report.id(), "(Demodata) " + jdbc.sql("select description from resident_report where id = :id")
			.param("id", report.id().value()).query(String.class).single(), true, false, version++);
		if (until == ReportStatus.HANVISAD) {
			handling.changeStatus(report.id(), until, "Ärendet är hänvisat till Polisen.", null, "Polisen", version);
			return;
		}
		handling.changeStatus(report.id(), ReportStatus.MOTTAGEN, "Ärendet är mottaget av nämnden.", null, null,
				version++);
		if (until == ReportStatus.ATGARD_PAGAR || until == ReportStatus.ATGARDAD) {
			handling.changeStatus(report.id(), ReportStatus.ATGARD_PAGAR, "Arbetet är beställt.", null, null,
					version++);
		}
		if (until == ReportStatus.ATGARDAD) {
			handling.changeStatus(report.id(), ReportStatus.ATGARDAD, "Lamporna är bytta.", null, null, version);
		}
	}

}
