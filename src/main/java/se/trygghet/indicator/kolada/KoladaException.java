package se.trygghet.indicator.kolada;

import org.jspecify.annotations.Nullable;

/**
 * A fetch from Kolada that failed, with a message a run log can show as it is: what went wrong, at which address
 * (without its query) and after how many attempts. A fetch that fails returns nothing, so a run never stores half of
 * a series.
 */
public class KoladaException extends RuntimeException {

	/** What kind of failure, for a run log that sorts or translates them. */
	public enum Reason {

		/** Kolada answered with an HTTP error status (see {@link #httpStatus()}). */
		HTTP_STATUS,

		/** Kolada did not answer within the request timeout. */
		TIMEOUT,

		/** Kolada could not be reached or the connection broke. */
		NETWORK,

		/** Kolada's answer was not the JSON the client expects. */
		MALFORMED_RESPONSE,

		/** Paging went wrong: {@code next_url} looped, left Kolada's host or went on too long. */
		PAGING,

		/** The thread was interrupted, e.g. because the application is stopping. */
		INTERRUPTED

	}

	private final Reason reason;

	private final @Nullable Integer httpStatus;

	private final String url;

	private final int requests;

	private final int retries;

	KoladaException(Reason reason, @Nullable Integer httpStatus, String url, int requests, int retries, String message,
			@Nullable Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.httpStatus = httpStatus;
		this.url = url;
		this.requests = requests;
		this.retries = retries;
	}

	public Reason reason() {
		return reason;
	}

	/** The last HTTP status Kolada answered with, if it answered at all. */
	public @Nullable Integer httpStatus() {
		return httpStatus;
	}

	/** The address that failed, without its query. */
	public String url() {
		return url;
	}

	/** How many requests were sent before giving up, retries included. */
	public int requests() {
		return requests;
	}

	public int retries() {
		return retries;
	}

}
