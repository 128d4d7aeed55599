package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.actor.ActorEvents;
import se.trygghet.actor.ActorId;
import se.trygghet.actor.ActorType;
import se.trygghet.area.AreaEvents;
import se.trygghet.followup.FollowUpEvents;
import se.trygghet.followup.ReportState;
import se.trygghet.followup.RoundState;
import se.trygghet.indicator.IndicatorEvents;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanEvents;
import se.trygghet.plan.PlanState;
import se.trygghet.residentreport.ResidentReportEvents;
import se.trygghet.residentreport.ResidentReportId;

/**
 * Every audited event states its entry in one form ({@link AuditedEntry}), and the audit log reads the same for users
 * as when the events answered the log's questions one method at a time: these are the entries those methods gave.
 */
class AuditEntriesTests {

	static final UUID ID = UUID.fromString("7a3f0c1e-5b2d-4e8f-9a10-2b3c4d5e6f70");

	static final ResidentReportId REPORT = new ResidentReportId(ID);

	static final UUID OTHER = UUID.fromString("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");

	@Test
	void writesAUserAccountsEntriesAsBefore() {
		assertEntry(new UserEvents.UserCreated(new UserId(ID), "anna", "[COORDINATOR]"),
				"identity.user.created", "User", ID.toString(), "Användare skapad: anna ([COORDINATOR])", Map.of());
		assertEntry(new UserEvents.UserChanged(new UserId(ID), "anna", Map.of("enabled", true), Map.of("enabled", false)),
				"identity.user.changed", "User", ID.toString(), "Användare ändrad: anna",
				Map.of("before", Map.of("enabled", true), "after", Map.of("enabled", false)));
		assertEntry(new ApiTokenEvents.ApiTokenIssued(ID, "Mimer", "Bostadsbolaget", "tp_abcdefgh", ""),
				"identity.api-token.issued", "ApiToken", ID.toString(),
				"API-nyckel utfärdad: Mimer (Bostadsbolaget, tp_abcdefgh…)",
				Map.of("organisation", "Bostadsbolaget", "prefix", "tp_abcdefgh", "expiresAt", ""));
	}

	@Test
	void writesPlanEntriesWithTheirActionFromTheChangeAsBefore() {
		ActionPlanId plan = new ActionPlanId(ID);
		assertEntry(new PlanEvents.PlanItemRevised(plan, "Activity", OTHER.toString(), "4.6",
				Map.of("text", "Före"), Map.of("text", "Efter")),
				"plan.activity.revised", "Activity", OTHER.toString(), "Activity ändrad: 4.6",
				Map.of("plan", ID.toString(), "before", Map.of("text", "Före"), "after", Map.of("text", "Efter")));
		assertEntry(new PlanEvents.PlanStateChanged(plan, "Trygghetsplan", PlanState.DRAFT, PlanState.ADOPTED),
				"plan.adopted", "ActionPlan", ID.toString(), "Plan Trygghetsplan: DRAFT → ADOPTED", Map.of());
	}

	@Test
	void writesFollowUpEntriesAsBefore() {
		assertEntry(new FollowUpEvents.RoundStateChanged(new se.trygghet.followup.RoundId(ID), "Uppföljning 2025", RoundState.OPEN, 113),
				"followup.round.open", "ReportingRound", ID.toString(), "Uppföljningsomgång Uppföljning 2025: OPEN",
				Map.of("reports", 113));
		assertEntry(new FollowUpEvents.ReportChanged(new se.trygghet.followup.ReportId(ID),
				se.trygghet.plan.ActivityNumber.parse("2.3"), "submitted", ReportState.SUBMITTED),
				"followup.report.submitted", "ActivityReport", ID.toString(),
				"Rapport för aktivitet 2.3: submitted (SUBMITTED)", Map.of());
	}

	@Test
	void writesResidentReportEntriesWithOnlyTheDetailsGivenAsBefore() {
		assertEntry(new ResidentReportEvents.ReportStatusChanged(REPORT, 42, "NEW", "REFERRED", "Till Mimer", null,
				"Mimer", false), "residentreport.status.changed", "ResidentReport", ID.toString(),
				"Invånarrapport 42: NEW → REFERRED", Map.of("from", "NEW", "to", "REFERRED", "referredTo", "Mimer"));
		assertEntry(new ResidentReportEvents.ReportStatusChanged(REPORT, 42, "FIXED", "IN_PROGRESS", "Öppnad igen",
				"Lampan lyser inte", null, true), "residentreport.reopened", "ResidentReport", ID.toString(),
				"Invånarrapport 42: FIXED → IN_PROGRESS (av invånaren)",
				Map.of("from", "FIXED", "to", "IN_PROGRESS", "reason", "Lampan lyser inte"));
		assertEntry(new ResidentReportEvents.Open311KeyChanged(ID, "Felanmälan-appen", true), "open311.key.revoked",
				"Open311Client", ID.toString(), "Open311-nyckel återkallad för Felanmälan-appen", Map.of());
	}

	@Test
	void writesEntriesOfImportsAndRegistersAsBefore() {
		assertEntry(new IndicatorEvents.MeasurementsImported("Kolada", 3, 10, 2, 5, false),
				"indicator.measurements.imported", "Measurement", "Kolada",
				"Indikatorvärden från Kolada: 10 nya, 2 ändrade, 5 oförändrade, för 3 indikatorer",
				Map.of("added", 10, "changed", 2, "unchanged", 5, "indicators", 3, "demo", false));
		assertEntry(new IndicatorEvents.CategoryAdded("funk", "Funktionsnedsättning", List.of("ja", "nej")),
				"indicator.category.added", "IndicatorCategory", "funk",
				"Indelningen Funktionsnedsättning lades till med 2 alternativ", Map.of("options", List.of("ja", "nej")));
		assertEntry(new AreaEvents.AreasImported("1980", "omraden.geojson", 4, 1, true), "area.imported", "Area",
				"1980", "Områden importerade för kommun 1980: 4 nya, 1 uppdaterade (demodata)",
				Map.of("source", "omraden.geojson", "created", 4, "updated", 1, "demo", true));
		assertEntry(new ActorEvents.ActorRegistered(new ActorId(ID), "Polisen", ActorType.MYNDIGHET, false),
				"actor.registered", "Actor", ID.toString(), "Aktör registrerad: Polisen",
				Map.of("name", "Polisen", "type", "MYNDIGHET", "demo", false));
	}

	/** The entry as the audit log reads it (through {@link Audited}), stated as one {@link AuditedEntry.Entry}. */
	private static void assertEntry(Audited event, String action, String subjectType, String subjectId,
			String summary, Map<String, Object> details) {
		assertThat(event.auditAction()).isEqualTo(action);
		assertThat(event.auditSubjectType()).isEqualTo(subjectType);
		assertThat(event.auditSubjectId()).isEqualTo(subjectId);
		assertThat(event.auditSummary()).isEqualTo(summary);
		assertThat(event.auditDetails()).isEqualTo(details);
		assertThat(event).as("states its entry as one value").isInstanceOf(AuditedEntry.class);
		assertThat(((AuditedEntry) event).auditEntry())
			.isEqualTo(new AuditedEntry.Entry(action, subjectType, subjectId, summary, details));
	}

}
