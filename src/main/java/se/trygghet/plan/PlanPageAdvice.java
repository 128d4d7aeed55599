package se.trygghet.plan;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;

/** Tells every page whether the signed-in user may change plans, so templates show or hide the editing controls. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PlanPageAdvice {

	private final CurrentUsers currentUsers;

	PlanPageAdvice(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("planEditor")
	boolean planEditor() {
		return currentUsers.current().map(user -> user.hasAny(Role.COORDINATOR, Role.ADMIN)).orElse(false);
	}

}
