package se.trygghet.cost;

/** The plan's three kinds of costs of crime, in the plan's order. */
public enum CostKind {

	/** Costs as a consequence of the crime itself: pain and suffering, stolen or damaged property, victims' health. */
	CONSEQUENCE,

	/** Costs of society's response: police, prosecutors, courts, prisons and the probation service. */
	RESPONSE,

	/** Costs in anticipation of crime: behaviour to avoid it and spending on security. */
	ANTICIPATION;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "cost.kind." + name();
	}

}
