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
		return yaml(plan, PlanFileLineage.Lineage.NONE);
	}

	static String json(PlanView plan) {
		return json(plan, PlanFileLineage.Lineage.NONE);
	}

	static Map<String, Object> tree(PlanView plan) {
		return tree(plan, PlanFileLineage.Lineage.NONE);
	}

	static String yaml(PlanView plan, PlanFileLineage.Lineage lineage) {
		return YAMLMapper.builder()
			.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
			.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
			// "1.10" must stay a string: unquoted it would read back as the number 1.1
			.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
			.build()
			.writeValueAsString(tree(plan, lineage));
	}

	static String json(PlanView plan, PlanFileLineage.Lineage lineage) {
		return JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build()
			.writeValueAsString(tree(plan, lineage));
	}

	static Map<String, Object> tree(PlanView plan, PlanFileLineage.Lineage lineage) {
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
		putIfPresent(header, "predecessor", lineage.predecessor());
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
			putIfPresent(entry, "origin", lineage.focusAreas().get(area.id()));
			List<Object> goals = new ArrayList<>();
			for (PlanView.GoalView goal : area.goals()) {
				PlanDocument.GoalRef origin = lineage.goals().get(goal.id());
				// a goal stays a plain text unless it has an origin to carry
				if (origin == null) {
					goals.add(goal.text());
				}
				else {
					Map<String, Object> g = new LinkedHashMap<>();
					g.put("text", goal.text());
					Map<String, Object> o = new LinkedHashMap<>();
					o.put("focusArea", origin.focusArea());
					o.put("position", origin.position());
					g.put("origin", o);
					goals.add(g);
				}
			}
			entry.put("goals", goals);
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
				PlanDocument.IndicatorRef origin = lineage.indicators().get(indicator.id());
				if (origin != null) {
					i.put("origin", indicatorRef(origin));
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
				putIfPresent(a, "origin", lineage.activities().get(activity.id()));
				List<PlanDocument.IndicatorRef> named = lineage.named().getOrDefault(activity.id(), List.of());
				if (!named.isEmpty()) {
					a.put("indicators", named.stream().map(PlanFileWriter::indicatorRef).toList());
				}
				activities.add(a);
			}
			entry.put("activities", activities);
			focusAreas.add(entry);
		}
		root.put("focusAreas", focusAreas);
		if (!lineage.fates().isEmpty()) {
			List<Map<String, Object>> fates = new ArrayList<>();
			for (PlanDocument.FateEntry fate : lineage.fates()) {
				Map<String, Object> f = new LinkedHashMap<>();
				f.put("activity", fate.activity());
				f.put("disposition", fate.disposition().name());
				putIfPresent(f, "reason", fate.reason());
				putIfPresent(f, "successor", fate.successor());
				fates.add(f);
			}
			root.put("fates", fates);
		}
		if (!lineage.endings().isEmpty()) {
			List<Map<String, Object>> endings = new ArrayList<>();
			for (PlanDocument.ItemEnding ending : lineage.endings()) {
				Map<String, Object> e = new LinkedHashMap<>();
				putIfPresent(e, "focusArea", ending.focusArea());
				if (ending.goal() != null) {
					Map<String, Object> goal = new LinkedHashMap<>();
					goal.put("focusArea", ending.goal().focusArea());
					goal.put("position", ending.goal().position());
					e.put("goal", goal);
				}
				if (ending.indicator() != null) {
					e.put("indicator", indicatorRef(ending.indicator()));
				}
				e.put("reason", ending.reason());
				endings.add(e);
			}
			root.put("endings", endings);
		}
		return root;
	}

	private static Map<String, Object> indicatorRef(PlanDocument.IndicatorRef ref) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("focusArea", ref.focusArea());
		map.put("name", ref.name());
		return map;
	}

	private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
