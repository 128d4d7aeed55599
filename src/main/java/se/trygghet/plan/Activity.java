package se.trygghet.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * One numbered activity of the plan and the committees responsible for it. The source document marked the lead in
 * bold, which plain text loses, so a loaded lead stays "not confirmed" until a coordinator confirms it.
 */
final class Activity {

	private final ActivityId id;

	private final ActionPlanId plan;

	private final ActivityNumber number;

	private String text;

	private ResponsibleCommittees responsible;

	private boolean leadConfirmed;

	private final @Nullable String note;

	private final int version;

	Activity(ActivityId id, ActionPlanId plan, ActivityNumber number, String text, ResponsibleCommittees responsible,
			boolean leadConfirmed, @Nullable String note, int version) {
		this.id = Objects.requireNonNull(id);
		this.plan = Objects.requireNonNull(plan);
		this.number = Objects.requireNonNull(number);
		this.text = requireText(text);
		this.responsible = Objects.requireNonNull(responsible);
		this.leadConfirmed = leadConfirmed;
		this.note = note;
		this.version = version;
	}

	/** A new activity decided by a coordinator; its lead needs no confirmation. */
	static Activity add(ActionPlanId plan, ActivityNumber number, String text, ResponsibleCommittees responsible) {
		return new Activity(new ActivityId(java.util.UUID.randomUUID()), plan, number, text, responsible, true, null, 0);
	}

	private static String requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("An activity needs a text");
		}
		return text.strip();
	}

	/**
	 * Changes the text and the responsible committees. Moving the lead to another committee is a decision about who
	 * compiles the reporting, so the new lead counts as confirmed by whoever made the change.
	 */
	void revise(String newText, ResponsibleCommittees newResponsible) {
		boolean leadMoved = !newResponsible.lead().equals(responsible.lead());
		this.text = requireText(newText);
		this.responsible = newResponsible;
		if (leadMoved) {
			this.leadConfirmed = true;
		}
	}

	/** A coordinator has checked the lead against the adopted document (or decided it). */
	void confirmLead() {
		if (leadConfirmed) {
			throw Refusal.of("plan.activity.lead.alreadyConfirmed");
		}
		this.leadConfirmed = true;
	}

	Map<String, Object> snapshot(Map<CommitteeId, String> names) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("text", text);
		values.put("committees", responsible.inOrder().stream().map(c -> names.getOrDefault(c, c.toString())).toList());
		values.put("lead", names.getOrDefault(responsible.lead(), responsible.lead().toString()));
		values.put("leadConfirmed", leadConfirmed);
		return values;
	}

	ActivityId id() {
		return id;
	}

	ActionPlanId plan() {
		return plan;
	}

	ActivityNumber number() {
		return number;
	}

	String text() {
		return text;
	}

	ResponsibleCommittees responsible() {
		return responsible;
	}

	List<CommitteeId> committees() {
		return responsible.inOrder();
	}

	boolean leadConfirmed() {
		return leadConfirmed;
	}

	@Nullable String note() {
		return note;
	}

	int version() {
		return version;
	}

}
