package se.trygghet.plan;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** The draft's choices for an activity of the previous plan, for tests outside this package (signed in first). */
public final class NextPlanChoices {

	private NextPlanChoices() {
	}

	public static void end(ApplicationContext context, String draftKey, String previousNumber, @Nullable String reason) {
		context.getBean(NextPlanDrafting.class).end(draftKey, ActivityNumber.parse(previousNumber), reason);
	}

	public static void restore(ApplicationContext context, String draftKey, String previousNumber) {
		context.getBean(NextPlanDrafting.class).restore(draftKey, ActivityNumber.parse(previousNumber));
	}

}
