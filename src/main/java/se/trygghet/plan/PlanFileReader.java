package se.trygghet.plan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.TextInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a plan file and checks everything about it before anything is written: a malformed file, missing or empty
 * texts, unknown committees, duplicate activity numbers, a missing lead. It walks the tree by hand rather than
 * binding, so it can report every problem at once, each with its location.
 */
final class PlanFileReader {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private final List<PlanFileProblem> problems = new ArrayList<>();

	/** Whether the file is of version 2, whose lineage and named indicators are read; version 1 is read as before. */
	private boolean lineage;

	/** Whether the file names a predecessor at all, well-formed or not (a malformed one is its own problem). */
	private boolean predecessorGiven;

	/** The indicators activities name, each with where it stands, checked once every focus area's are known. */
	private final Map<String, PlanDocument.IndicatorRef> namedIndicators = new LinkedHashMap<>();

	/** The outcome: a document when there were no problems, otherwise the problems. */
	public record Result(@Nullable PlanDocument document, List<PlanFileProblem> problems) {

		boolean ok() {
			return problems.isEmpty() && document != null;
		}

	}

	static Result read(byte[] content) {
		return new PlanFileReader().parse(content);
	}

	private Result parse(byte[] content) {
		if (content.length == 0) {
			return failed("file", "plan.file.empty");
		}
		if (content.length > MAX_BYTES) {
			return failed("file", "plan.file.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
		}
		String text = new String(content, StandardCharsets.UTF_8);
		JsonNode root;
		try {
			root = text.stripLeading().startsWith("{") ? TextInput.cleaning(JsonMapper.builder()).build().readTree(text)
					: TextInput.cleaning(YAMLMapper.builder()).build().readTree(text);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			String where = location == null ? "file"
					: "line " + location.getLineNr() + ", column " + location.getColumnNr();
			return failed(where, "plan.file.malformed", String.valueOf(ex.getOriginalMessage()));
		}
		if (root == null || !root.isObject()) {
			return failed("file", "plan.file.notAPlan");
		}
		String format = optionalText(root, "format", "format");
		if (format != null && !PlanDocument.FORMAT.equals(format) && !PlanDocument.FORMAT_1.equals(format)) {
			problems.add(new PlanFileProblem("format", "plan.file.format", format, PlanDocument.FORMAT));
		}
		// a file without a format line has always been read as version 1
		lineage = PlanDocument.FORMAT.equals(format);
		PlanDocument.Header header = header(object(root, "plan", "plan"));
		List<PlanDocument.CommitteeEntry> committees = committees(array(root, "committees", "committees"));
		Set<String> committeeNames = new HashSet<>();
		committees.forEach(c -> committeeNames.add(c.name()));
		List<PlanDocument.OrgBodyEntry> organisation = organisation(optionalArray(root, "organisation"),
				committeeNames);
		List<PlanDocument.FocusAreaEntry> focusAreas = focusAreas(array(root, "focusAreas", "focusAreas"),
				committeeNames);
		List<PlanDocument.FateEntry> fates = lineage ? fates(optionalArray(root, "fates"), focusAreas) : List.of();
		List<PlanDocument.ItemEnding> endings = lineage ? endings(optionalArray(root, "endings")) : List.of();
		if (lineage) {
			checkLineage(focusAreas, fates, endings);
		}
		if (!problems.isEmpty() || header == null) {
			return new Result(null, List.copyOf(problems));
		}
		return new Result(new PlanDocument(header, committees, organisation, focusAreas, fates, endings), List.of());
	}

	private Result failed(String location, String code, String... args) {
		problems.add(new PlanFileProblem(location, code, args));
		return new Result(null, List.copyOf(problems));
	}

	private PlanDocument.@Nullable Header header(@Nullable JsonNode node) {
		if (node == null) {
			return null;
		}
		String key = requiredText(node, "key", "plan.key");
		if (key != null && !key.matches("[a-z0-9][a-z0-9-]{1,79}")) {
			problems.add(new PlanFileProblem("plan.key", "plan.key.format", key));
		}
		String name = requiredText(node, "name", "plan.name");
		String municipality = requiredText(node, "municipality", "plan.municipality");
		Integer from = requiredInt(node, "periodFrom", "plan.periodFrom");
		Integer to = requiredInt(node, "periodTo", "plan.periodTo");
		if (from != null && to != null && to < from) {
			problems.add(new PlanFileProblem("plan.periodTo", "plan.period.order", from.toString(), to.toString()));
		}
		PlanState state = enumValue(node, "state", "plan.state", PlanState.class, PlanState.DRAFT);
		LocalDate adoptedOn = null;
		String adoptedOnText = optionalText(node, "adoptedOn", "plan.adoptedOn");
		if (adoptedOnText != null) {
			try {
				adoptedOn = LocalDate.parse(adoptedOnText);
			}
			catch (DateTimeParseException ex) {
				problems.add(new PlanFileProblem("plan.adoptedOn", "plan.date.format", adoptedOnText));
			}
		}
		if (key == null || name == null || municipality == null || from == null || to == null || state == null) {
			return null;
		}
		String predecessor = lineage ? optionalText(node, "predecessor", "plan.predecessor") : null;
		predecessorGiven = predecessor != null;
		if (predecessor != null && !predecessor.matches("[a-z0-9][a-z0-9-]{1,79}")) {
			problems.add(new PlanFileProblem("plan.predecessor", "plan.key.format", predecessor));
			predecessor = null;
		}
		return new PlanDocument.Header(key, name, municipality, from, to, state,
				optionalText(node, "adoptedBy", "plan.adoptedBy"),
				optionalText(node, "adoptionDecision", "plan.adoptionDecision"), adoptedOn,
				optionalText(node, "source", "plan.source"), optionalText(node, "description", "plan.description"),
				predecessor);
	}

	private List<PlanDocument.CommitteeEntry> committees(@Nullable JsonNode array) {
		List<PlanDocument.CommitteeEntry> result = new ArrayList<>();
		if (array == null) {
			return result;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			String at = "committees[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new PlanFileProblem(at, "plan.field.object"));
				continue;
			}
			String name = requiredText(node, "name", at + ".name");
			if (name == null) {
				continue;
			}
			if (!seen.add(name)) {
				problems.add(new PlanFileProblem(at + ".name", "plan.committee.duplicate", name));
				continue;
			}
			result.add(new PlanDocument.CommitteeEntry(name, optionalText(node, "shortName", at + ".shortName")));
		}
		if (result.isEmpty() && array.size() == 0) {
			problems.add(new PlanFileProblem("committees", "plan.committees.empty"));
		}
		return result;
	}

	private List<PlanDocument.OrgBodyEntry> organisation(@Nullable JsonNode array, Set<String> committees) {
		List<PlanDocument.OrgBodyEntry> result = new ArrayList<>();
		if (array == null) {
			return result;
		}
		for (int i = 0; i < array.size(); i++) {
			String at = "organisation[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new PlanFileProblem(at, "plan.field.object"));
				continue;
			}
			String name = requiredText(node, "name", at + ".name");
			OrganisationLevel level = enumValue(node, "level", at + ".level", OrganisationLevel.class, null);
			String role = requiredText(node, "role", at + ".role");
			String committee = optionalText(node, "committee", at + ".committee");
			if (committee != null && !committees.contains(committee)) {
				problems.add(new PlanFileProblem(at + ".committee", "plan.committee.unknown", committee));
			}
			boolean all = node.path("allCommittees").booleanValue(false);
			if (name != null && level != null && role != null) {
				result.add(new PlanDocument.OrgBodyEntry(name, level, role, committee, all));
			}
		}
		return result;
	}

	private List<PlanDocument.FocusAreaEntry> focusAreas(@Nullable JsonNode array, Set<String> committees) {
		List<PlanDocument.FocusAreaEntry> result = new ArrayList<>();
		if (array == null) {
			return result;
		}
		if (array.size() == 0) {
			problems.add(new PlanFileProblem("focusAreas", "plan.focusAreas.empty"));
		}
		Set<Integer> numbers = new HashSet<>();
		Map<String, String> activityNumbers = new HashMap<>();
		for (int i = 0; i < array.size(); i++) {
			String at = "focusAreas[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new PlanFileProblem(at, "plan.field.object"));
				continue;
			}
			Integer number = requiredInt(node, "number", at + ".number");
			if (number != null && !numbers.add(number)) {
				problems.add(new PlanFileProblem(at + ".number", "plan.focusArea.duplicate", number.toString()));
			}
			String title = requiredText(node, "title", at + ".title");
			String description = optionalText(node, "description", at + ".description");
			List<String> goals = new ArrayList<>();
			List<PlanDocument.@Nullable GoalRef> goalOrigins = new ArrayList<>();
			goals(optionalArray(node, "goals"), at, goals, goalOrigins);
			List<PlanDocument.IndicatorEntry> indicators = indicators(optionalArray(node, "indicators"), at);
			List<PlanDocument.ActivityEntry> activities = activities(optionalArray(node, "activities"), at, number,
					committees, activityNumbers);
			Integer origin = lineage && node.hasNonNull("origin") ? requiredInt(node, "origin", at + ".origin") : null;
			if (number != null && title != null) {
				result.add(new PlanDocument.FocusAreaEntry(number, title, description, goals, indicators, activities,
						origin, goalOrigins));
			}
		}
		return result;
	}

	/** A goal is a text; in version 2 it may be {@code {text, origin}} when it was carried over from the predecessor. */
	private void goals(@Nullable JsonNode array, String parent, List<String> result,
			List<PlanDocument.@Nullable GoalRef> origins) {
		if (array == null) {
			return;
		}
		for (int i = 0; i < array.size(); i++) {
			String at = parent + ".goals[" + i + "]";
			JsonNode node = array.get(i);
			if (lineage && node.isObject()) {
				String text = requiredText(node, "text", at + ".text");
				PlanDocument.GoalRef origin = null;
				JsonNode ref = optionalObject(node, "origin", at + ".origin");
				if (ref != null) {
					Integer area = requiredInt(ref, "focusArea", at + ".origin.focusArea");
					Integer position = requiredInt(ref, "position", at + ".origin.position");
					if (position != null && position < 1) {
						problems.add(new PlanFileProblem(at + ".origin.position", "plan.field.positive"));
					}
					else if (area != null && position != null) {
						origin = new PlanDocument.GoalRef(area, position);
					}
				}
				if (text != null) {
					result.add(text);
					origins.add(origin);
				}
				continue;
			}
			if (!node.isString() || node.stringValue().isBlank()) {
				problems.add(new PlanFileProblem(at, "plan.field.emptyText"));
				continue;
			}
			result.add(node.stringValue().strip());
			origins.add(null);
		}
	}

	private PlanDocument.@Nullable IndicatorRef indicatorRef(JsonNode node, String at) {
		if (!node.isObject()) {
			problems.add(new PlanFileProblem(at, "plan.field.object"));
			return null;
		}
		Integer area = requiredInt(node, "focusArea", at + ".focusArea");
		String name = requiredText(node, "name", at + ".name");
		return area == null || name == null ? null : new PlanDocument.IndicatorRef(area, name);
	}

	private List<PlanDocument.IndicatorEntry> indicators(@Nullable JsonNode array, String parent) {
		List<PlanDocument.IndicatorEntry> result = new ArrayList<>();
		if (array == null) {
			return result;
		}
		for (int i = 0; i < array.size(); i++) {
			String at = parent + ".indicators[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new PlanFileProblem(at, "plan.field.object"));
				continue;
			}
			String name = requiredText(node, "name", at + ".name");
			String unit = requiredText(node, "unit", at + ".unit");
			Direction direction = enumValue(node, "direction", at + ".direction", Direction.class, null);
			String source = requiredText(node, "source", at + ".source");
			List<PlanDocument.StatedFigure> figures = statedFigures(optionalArray(node, "statedFigures"), at);
			JsonNode originNode = lineage ? optionalObject(node, "origin", at + ".origin") : null;
			PlanDocument.IndicatorRef origin = originNode == null ? null : indicatorRef(originNode, at + ".origin");
			if (name != null && unit != null && direction != null && source != null) {
				result.add(new PlanDocument.IndicatorEntry(name, unit, direction, source,
						optionalText(node, "koladaKpi", at + ".koladaKpi"),
						optionalText(node, "definition", at + ".definition"), figures, origin));
			}
		}
		return result;
	}

	private List<PlanDocument.StatedFigure> statedFigures(@Nullable JsonNode array, String parent) {
		List<PlanDocument.StatedFigure> result = new ArrayList<>();
		if (array == null) {
			return result;
		}
		for (int i = 0; i < array.size(); i++) {
			String at = parent + ".statedFigures[" + i + "]";
			JsonNode node = array.get(i);
			String description = requiredText(node, "description", at + ".description");
			String period = requiredText(node, "period", at + ".period");
			String unit = requiredText(node, "unit", at + ".unit");
			JsonNode value = node.path("value");
			if (!value.isNumber()) {
				problems.add(new PlanFileProblem(at + ".value", "plan.field.number"));
				continue;
			}
			if (description != null && period != null && unit != null) {
				result.add(new PlanDocument.StatedFigure(description, period, value.decimalValue(), unit));
			}
		}
		return result;
	}

	private List<PlanDocument.ActivityEntry> activities(@Nullable JsonNode array, String parent,
			@Nullable Integer focusArea, Set<String> committees, Map<String, String> seenNumbers) {
		List<PlanDocument.ActivityEntry> result = new ArrayList<>();
		if (array == null) {
			return result;
		}
		for (int i = 0; i < array.size(); i++) {
			String at = parent + ".activities[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new PlanFileProblem(at, "plan.field.object"));
				continue;
			}
			JsonNode numberNode = node.path("number");
			String number = null;
			if (numberNode.isNumber()) {
				problems.add(new PlanFileProblem(at + ".number", "plan.activity.number.quote", numberNode.asString()));
			}
			else {
				number = requiredText(node, "number", at + ".number");
			}
			String label = number == null ? at : at + " (" + number + ")";
			if (number != null) {
				if (!ActivityNumber.isValid(number)) {
					problems.add(new PlanFileProblem(at + ".number", "plan.activity.number.format", number));
					number = null;
				}
				else {
					ActivityNumber parsed = ActivityNumber.parse(number);
					number = parsed.toString();
					if (focusArea != null && parsed.focusArea() != focusArea) {
						problems.add(new PlanFileProblem(at + ".number", "plan.activity.number.focusArea", number,
								focusArea.toString()));
					}
					String previous = seenNumbers.putIfAbsent(number, at);
					if (previous != null) {
						problems.add(new PlanFileProblem(at + ".number", "plan.activity.number.duplicate", number,
								previous));
					}
				}
			}
			String text = requiredText(node, "text", label + ".text");
			List<String> responsible = new ArrayList<>();
			JsonNode list = node.path("committees");
			if (!list.isArray() || list.size() == 0) {
				problems.add(new PlanFileProblem(label + ".committees", "plan.activity.committees.empty"));
			}
			else {
				for (int c = 0; c < list.size(); c++) {
					JsonNode entry = list.get(c);
					String name = entry.isString() ? entry.stringValue().strip() : null;
					if (name == null || name.isEmpty()) {
						problems.add(new PlanFileProblem(label + ".committees[" + c + "]", "plan.field.emptyText"));
					}
					else if (!committees.contains(name)) {
						problems.add(new PlanFileProblem(label + ".committees[" + c + "]", "plan.committee.unknown",
								name));
					}
					else if (responsible.contains(name)) {
						problems.add(new PlanFileProblem(label + ".committees[" + c + "]",
								"plan.activity.committees.duplicate", name));
					}
					else {
						responsible.add(name);
					}
				}
			}
			String lead = optionalText(node, "lead", label + ".lead");
			if (lead == null) {
				problems.add(new PlanFileProblem(label + ".lead", "plan.activity.lead.missing"));
			}
			else if (!responsible.contains(lead) && committees.contains(lead)) {
				problems.add(new PlanFileProblem(label + ".lead", "plan.activity.lead.notListed", lead));
			}
			else if (!committees.contains(lead)) {
				problems.add(new PlanFileProblem(label + ".lead", "plan.committee.unknown", lead));
			}
			boolean confirmed = node.path("leadConfirmed").booleanValue(false);
			String note = optionalText(node, "note", label + ".note");
			String origin = lineage ? activityNumber(node, "origin", label + ".origin") : null;
			List<PlanDocument.IndicatorRef> named = new ArrayList<>();
			JsonNode namedNode = lineage ? node.get("indicators") : null;
			if (namedNode != null && !namedNode.isNull()) {
				if (!namedNode.isArray()) {
					problems.add(new PlanFileProblem(label + ".indicators", "plan.field.list"));
				}
				else {
					for (int n = 0; n < namedNode.size(); n++) {
						String where = label + ".indicators[" + n + "]";
						PlanDocument.IndicatorRef ref = indicatorRef(namedNode.get(n), where);
						if (ref != null) {
							named.add(ref);
							namedIndicators.put(where, ref);
						}
					}
				}
			}
			if (number != null && text != null && lead != null && responsible.contains(lead)) {
				result.add(new PlanDocument.ActivityEntry(number, text, List.copyOf(responsible), lead, confirmed,
						note, origin, List.copyOf(named)));
			}
		}
		return result;
	}

	private List<PlanDocument.FateEntry> fates(@Nullable JsonNode array, List<PlanDocument.FocusAreaEntry> areas) {
		List<PlanDocument.FateEntry> result = new ArrayList<>();
		if (array == null) {
			return result;
		}
		Set<String> numbers = new HashSet<>();
		areas.forEach(f -> f.activities().forEach(a -> numbers.add(a.number())));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			String at = "fates[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new PlanFileProblem(at, "plan.field.object"));
				continue;
			}
			String activity = node.has("activity") ? activityNumber(node, "activity", at + ".activity") : null;
			if (!node.has("activity")) {
				problems.add(new PlanFileProblem(at + ".activity", "plan.field.missing"));
			}
			else if (activity != null && !seen.add(activity)) {
				problems.add(new PlanFileProblem(at + ".activity", "plan.fate.duplicate", activity));
			}
			Disposition disposition = enumValue(node, "disposition", at + ".disposition", Disposition.class, null);
			String reason = optionalText(node, "reason", at + ".reason");
			String successor = activityNumber(node, "successor", at + ".successor");
			if (successor != null && !numbers.contains(successor)) {
				problems.add(new PlanFileProblem(at + ".successor", "plan.fate.successor.unknown", successor));
				continue;
			}
			if (disposition == Disposition.ENDED && (reason == null || successor != null)) {
				problems.add(new PlanFileProblem(at + ".reason", "plan.fate.ended"));
				continue;
			}
			if (disposition != null && disposition != Disposition.ENDED && successor == null) {
				problems.add(new PlanFileProblem(at + ".successor", "plan.fate.successor.missing",
						disposition.name()));
				continue;
			}
			if (activity != null && disposition != null) {
				result.add(new PlanDocument.FateEntry(activity, disposition, reason, successor));
			}
		}
		return result;
	}

	/**
	 * The predecessor's focus areas, goals and indicators this plan ended: each names exactly one of them (a focus area
	 * by number, a goal by its focus area and position, an indicator by its focus area and name) and has a reason.
	 */
	private List<PlanDocument.ItemEnding> endings(@Nullable JsonNode array) {
		List<PlanDocument.ItemEnding> result = new ArrayList<>();
		if (array == null) {
			return result;
		}
		for (int i = 0; i < array.size(); i++) {
			String at = "endings[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new PlanFileProblem(at, "plan.field.object"));
				continue;
			}
			int named = (node.has("focusArea") ? 1 : 0) + (node.has("goal") ? 1 : 0) + (node.has("indicator") ? 1 : 0);
			if (named != 1) {
				problems.add(new PlanFileProblem(at, "plan.ending.what"));
				continue;
			}
			Integer area = node.has("focusArea") ? requiredInt(node, "focusArea", at + ".focusArea") : null;
			JsonNode goalNode = optionalObject(node, "goal", at + ".goal");
			PlanDocument.GoalRef goal = null;
			if (goalNode != null) {
				Integer goalArea = requiredInt(goalNode, "focusArea", at + ".goal.focusArea");
				Integer position = requiredInt(goalNode, "position", at + ".goal.position");
				goal = goalArea == null || position == null ? null : new PlanDocument.GoalRef(goalArea, position);
			}
			JsonNode indicatorNode = optionalObject(node, "indicator", at + ".indicator");
			PlanDocument.IndicatorRef indicator = indicatorNode == null ? null
					: indicatorRef(indicatorNode, at + ".indicator");
			String reason = requiredText(node, "reason", at + ".reason");
			if (reason != null && (area != null || goal != null || indicator != null)) {
				result.add(new PlanDocument.ItemEnding(area, goal, indicator, reason));
			}
		}
		return result;
	}

	/** Origins and fates need a predecessor to point into; the indicators an activity names must be in the file. */
	private void checkLineage(List<PlanDocument.FocusAreaEntry> areas, List<PlanDocument.FateEntry> fates,
			List<PlanDocument.ItemEnding> endings) {
		Set<PlanDocument.IndicatorRef> indicators = new HashSet<>();
		boolean origins = !fates.isEmpty() || !endings.isEmpty();
		for (PlanDocument.FocusAreaEntry area : areas) {
			area.indicators().forEach(i -> indicators.add(new PlanDocument.IndicatorRef(area.number(), i.name())));
			origins |= area.origin() != null || area.goalOrigins().stream().anyMatch(g -> g != null)
					|| area.indicators().stream().anyMatch(i -> i.origin() != null)
					|| area.activities().stream().anyMatch(a -> a.origin() != null);
		}
		namedIndicators.forEach((where, named) -> {
			if (!indicators.contains(named)) {
				problems.add(new PlanFileProblem(where, "plan.activity.indicator.unknown", named.name(),
						String.valueOf(named.focusArea())));
			}
		});
		if (origins && !predecessorGiven) {
			problems.add(new PlanFileProblem("plan.predecessor", "plan.predecessor.missing"));
		}
	}

	/** An activity number as text ("1.10"), normalised; null and a problem when it is not one. */
	private @Nullable String activityNumber(JsonNode parent, String field, String location) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			problems.add(new PlanFileProblem(location, "plan.activity.number.quote", node.asString()));
			return null;
		}
		String text = optionalText(parent, field, location);
		if (text == null) {
			return null;
		}
		if (!ActivityNumber.isValid(text)) {
			problems.add(new PlanFileProblem(location, "plan.activity.number.format", text));
			return null;
		}
		return ActivityNumber.parse(text).toString();
	}

	private @Nullable JsonNode optionalObject(JsonNode parent, String field, String location) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			problems.add(new PlanFileProblem(location, "plan.field.object"));
			return null;
		}
		return node;
	}

	private @Nullable JsonNode object(JsonNode parent, String field, String location) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			problems.add(new PlanFileProblem(location, "plan.field.missing"));
			return null;
		}
		if (!node.isObject()) {
			problems.add(new PlanFileProblem(location, "plan.field.object"));
			return null;
		}
		return node;
	}

	private @Nullable JsonNode array(JsonNode parent, String field, String location) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			problems.add(new PlanFileProblem(location, "plan.field.missing"));
			return null;
		}
		if (!node.isArray()) {
			problems.add(new PlanFileProblem(location, "plan.field.list"));
			return null;
		}
		return node;
	}

	private @Nullable JsonNode optionalArray(JsonNode parent, String field) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isArray()) {
			problems.add(new PlanFileProblem(field, "plan.field.list"));
			return null;
		}
		return node;
	}

	private @Nullable String requiredText(JsonNode parent, String field, String location) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			problems.add(new PlanFileProblem(location, "plan.field.missing"));
			return null;
		}
		if (!node.isValueNode() || node.asString().isBlank()) {
			problems.add(new PlanFileProblem(location, "plan.field.emptyText"));
			return null;
		}
		return node.asString().strip();
	}

	private @Nullable String optionalText(JsonNode parent, String field, String location) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isValueNode()) {
			problems.add(new PlanFileProblem(location, "plan.field.text"));
			return null;
		}
		String value = node.asString().strip();
		return value.isEmpty() ? null : value;
	}

	private @Nullable Integer requiredInt(JsonNode parent, String field, String location) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			problems.add(new PlanFileProblem(location, "plan.field.missing"));
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			problems.add(new PlanFileProblem(location, "plan.field.integer", shown(node)));
			return null;
		}
		return node.intValue();
	}

	private <E extends Enum<E>> @Nullable E enumValue(JsonNode parent, String field, String location, Class<E> type,
			@Nullable E fallback) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			if (fallback == null) {
				problems.add(new PlanFileProblem(location, "plan.field.missing"));
			}
			return fallback;
		}
		String value = node.isValueNode() ? node.asString().strip().toUpperCase(java.util.Locale.ROOT) : "";
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		List<String> allowed = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			allowed.add(constant.name());
		}
		problems.add(new PlanFileProblem(location, "plan.field.oneOf", shown(node), String.join(", ", allowed)));
		return null;
	}

	/** A value as a problem quotes it: a list or record (which has no text of its own) as a short piece of JSON. */
	private static String shown(JsonNode node) {
		String text = node.isValueNode() ? node.asString() : node.toString();
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

}
