package se.trygghet.identity;

import java.util.List;

/**
 * A module's endpoints that partner systems call with {@code Authorization: Bearer <token>} instead of a session.
 * {@link SecurityConfig} gives them a filter chain of their own: stateless, without CSRF (nothing a browser holds is
 * honoured there), and a token is the only way in, so a signed-in browser user cannot post to them.
 */
public interface ApiTokenEndpoints {

	/** Path patterns such as {@code /api/v1/incidents/**}. */
	List<String> paths();

}
