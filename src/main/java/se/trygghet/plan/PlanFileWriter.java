package se.trygghet.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Writes a plan in the plan-file format, so the export of one municipality is the import of another. */
final class PlanFileWriter {

	private PlanFileWriter() {
	}

	static String yaml(PlanView plan) {
		return YAMLMapper.builder()
			.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
			.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
			// "1.10" must stay a string: unquoted it would read back as the number 1.1
			.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
			.build()
			.writeValueAsString(tree(plan));
	}

	static String json(PlanView plan) {
		return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(tree(plan));
	}

	static Map<String, Object> tree(PlanView plan) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", PlanDocument.FORMAT);
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("key", plan.key());
		header.put("name", plan.name());
		header.put("municipality", plan.municipality());
		header.put("periodFrom", plan.periodFrom());
		header.put("periodTo", plan.periodTo());
		header.put("state", plan.state().name());
		putIfPresent(header, "adoptedBy", plan.adoptedBy());
		putIfPresent(header, "adoptionDecision", plan.adoptionDecision());
		putIfPresent(header, "adoptedOn", plan.adoptedOn() == null ? null : plan.adoptedOn().toString());
		putIfPresent(header, "source", plan.source());
		putIfPresent(header, "description", plan.description());
		root.put("plan", header);

		// committees in the order the plan first names them, as the source document lists them
		Set<UUID> order = new LinkedHashSet<>();
		plan.organisation().stream().map(PlanView.OrgBodyView::committeeId).filter(id -> id != null).forEach(order::add);
		plan.activities().forEach(a -> a.committees().forEach(c -> order.add(c.committeeId())));
		List<Map<String, Object>> committees = new ArrayList<>();
		for (UUID id : order) {
			PlanView.CommitteeView committee = plan.committee(id);
			if (committee != null) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("name", committee.name());
				putIfPresent(entry, "shortName", committee.shortName());
				committees.add(entry);
			}
		}
		root.put("committees", committees);

		List<Map<String, Object>> organisation = new ArrayList<>();
		for (PlanView.OrgBodyView body : plan.organisation()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", body.name());
			entry.put("level", body.level().name());
			if (body.committeeId() != null && plan.committee(body.committeeId()) != null) {
				entry.put("committee", plan.committee(body.committeeId()).name());
			}
			if (body.allCommittees()) {
				entry.put("allCommittees", true);
			}
			entry.put("role", body.role());
			organisation.add(entry);
		}
		root.put("organisation", organisation);

		List<Map<String, Object>> focusAreas = new ArrayList<>();
		for (PlanView.FocusAreaView area : plan.focusAreas()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("number", area.number());
			entry.put("title", area.title());
			putIfPresent(entry, "description", area.description());
			entry.put("goals", area.goals().stream().map(PlanView.GoalView::text).toList());
			List<Map<String, Object>> indicators = new ArrayList<>();
			for (PlanView.IndicatorView indicator : area.indicators()) {
				Map<String, Object> i = new LinkedHashMap<>();
				i.put("name", indicator.name());
				i.put("unit", indicator.unit());
				i.put("direction", indicator.direction().name());
				i.put("source", indicator.source());
				putIfPresent(i, "koladaKpi", indicator.koladaKpi());
				putIfPresent(i, "definition", indicator.definition());
				if (!indicator.statedFigures().isEmpty()) {
					List<Map<String, Object>> figures = new ArrayList<>();
					for (PlanView.StatedFigureView figure : indicator.statedFigures()) {
						Map<String, Object> f = new LinkedHashMap<>();
						f.put("description", figure.description());
						f.put("period", figure.period());
						f.put("value", figure.value());
						f.put("unit", figure.unit());
						figures.add(f);
					}
					i.put("statedFigures", figures);
				}
				indicators.add(i);
			}
			entry.put("indicators", indicators);
			List<Map<String, Object>> activities = new ArrayList<>();
			for (PlanView.ActivityView activity : area.activities()) {
				Map<String, Object> a = new LinkedHashMap<>();
				a.put("number", activity.number());
				a.put("text", activity.text());
				a.put("committees", activity.committees().stream().map(PlanView.ResponsibleView::name).toList());
				PlanView.ResponsibleView lead = activity.lead();
				a.put("lead", lead == null ? null : lead.name());
				a.put("leadConfirmed", activity.leadConfirmed());
				putIfPresent(a, "note", activity.note());
				activities.add(a);
			}
			entry.put("activities", activities);
			focusAreas.add(entry);
		}
		root.put("focusAreas", focusAreas);
		return root;
	}

	private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
