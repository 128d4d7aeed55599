package se.trygghet.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the page layout reads from every page's model (the navigation, the header's search and user, the demo banner):
 * the names {@code LayoutAdvice} adds, in one list. A page kept rendered for many users (the plan overview) must vary
 * with every one of them, so its cache key takes {@link #shownBy} rather than a hand-made list of flags that a new
 * menu entry would silently outgrow.
 */
public final class Layout {

	/** Every model attribute the layout reads, as {@code LayoutAdvice} adds them. */
	public static final List<String> ATTRIBUTES = List.of("mapTiles", "me", "currentPath", "isAdmin", "isReporter",
			"mayReadInternal", "isPartner", "isFieldReporter", "mayAudit", "mayAnalyse", "mayReadCosts", "demoMode");

	private Layout() {
	}

	/**
	 * The layout's values in a page's model, for a cache key: the signed-in user only as signed in or not (a kept page
	 * has the name filled in per response), every other attribute as it is.
	 */
	public static List<Object> shownBy(Map<String, ?> model) {
		List<Object> shown = new ArrayList<>(ATTRIBUTES.size());
		for (String name : ATTRIBUTES) {
			shown.add(name.equals("me") ? model.get(name) != null : model.get(name));
		}
		return shown;
	}

}
