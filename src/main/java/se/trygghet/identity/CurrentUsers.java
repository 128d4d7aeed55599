package se.trygghet.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Answers "who is doing this?" for any module, without exposing Spring Security types. */
@Component
public class CurrentUsers {

	/** The actor name written to history when nobody is signed in (start-up loading, scheduled jobs). */
	public static final String SYSTEM = "system";

	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser principal) {
			return Optional.of(principal.currentUser());
		}
		return Optional.empty();
	}

	/** The name under which a change is recorded. */
	public String actorName() {
		return current().map(CurrentUser::username).orElse(SYSTEM);
	}

}
