package se.trygghet.followup;

/** A follow-up step the current state does not allow; carries a message code for the user's language. */
public class FollowUpRefusal extends RuntimeException {

	public FollowUpRefusal(String code) {
		super(code);
	}

	public String code() {
		return getMessage();
	}

}
