package se.trygghet.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;

/** Plans for tests, built through the same import the product uses. */
public final class PlanFixtures {

	public static final String VASTERAS = "vasteras-2021-2023";

	private PlanFixtures() {
	}

	public static String vasterasFile() {
		try (InputStream in = PlanFixtures.class.getResourceAsStream("/plans/vasteras-2021-2023.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Västerås' plan under another key, for tests that change a plan without disturbing the others. */
	public static String vasterasFileWithKey(String key) {
		return vasterasFile().replace("key: vasteras-2021-2023", "key: " + key);
	}

	static String importCopy(PlanImport planImport, String key) {
		PlanImport.Outcome outcome = planImport.importFile(vasterasFileWithKey(key).getBytes(StandardCharsets.UTF_8));
		if (!outcome.imported()) {
			throw new IllegalStateException("fixture import failed: " + outcome.problems());
		}
		return key;
	}

	/** A copy of Västerås' plan for tests outside this package. */
	public static String importCopy(ApplicationContext context, String key) {
		return importCopy(context.getBean(PlanImport.class), key);
	}

	/** Draws the next plan from an adopted one, as a signed-in coordinator would; returns the draft's key. */
	public static String draftNext(ApplicationContext context, String key, int from, int to) {
		return context.getBean(NextPlanDrafting.class).draft(key, from, to);
	}

	/**
	 * Archives an adopted plan as a coordinator, for tests that adopt a next plan: it would otherwise be the current
	 * plan for every later test sharing the database.
	 */
	public static void archive(ApplicationContext context, String key) {
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COORDINATOR);
		try {
			context.getBean(PlanEditing.class).archive(key);
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
	}

}
