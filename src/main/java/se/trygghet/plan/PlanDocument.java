package se.trygghet.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole plan as it travels in a plan file (YAML or JSON, format {@value #FORMAT}): the same shape is read on import
 * and written on export, so an exported plan can be imported again unchanged.
 */
record PlanDocument(Header plan, List<CommitteeEntry> committees, List<OrgBodyEntry> organisation,
		List<FocusAreaEntry> focusAreas) {

	static final String FORMAT = "trygghetsplattformen/plan@1";

	record Header(String key, String name, String municipality, int periodFrom, int periodTo, PlanState state,
			@Nullable String adoptedBy, @Nullable String adoptionDecision, @Nullable LocalDate adoptedOn,
			@Nullable String source, @Nullable String description) {
	}

	record CommitteeEntry(String name, @Nullable String shortName) {
	}

	record OrgBodyEntry(String name, OrganisationLevel level, String role, @Nullable String committee,
			boolean allCommittees) {
	}

	record FocusAreaEntry(int number, String title, @Nullable String description, List<String> goals,
			List<IndicatorEntry> indicators, List<ActivityEntry> activities) {
	}

	record IndicatorEntry(String name, String unit, Direction direction, String source, @Nullable String koladaKpi,
			@Nullable String definition, List<StatedFigure> statedFigures) {
	}

	record StatedFigure(String description, String period, BigDecimal value, String unit) {
	}

	record ActivityEntry(String number, String text, List<String> committees, String lead, boolean leadConfirmed,
			@Nullable String note) {
	}

}
