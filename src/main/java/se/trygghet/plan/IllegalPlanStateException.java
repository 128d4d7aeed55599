package se.trygghet.plan;

/** A change the plan's state does not allow, e.g. editing an archived plan. Carries a message code. */
class IllegalPlanStateException extends RuntimeException {

	IllegalPlanStateException(String code) {
		super(code);
	}

	String code() {
		return getMessage();
	}

}
