package se.trygghet.document;

/** A document could not be produced; the cause says why. Never the user's fault, so it is not a refusal. */
public class DocumentFailure extends RuntimeException {

	public DocumentFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
