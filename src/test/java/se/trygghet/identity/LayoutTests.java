package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;

/** The layout's attributes are named once, and a kept page's key changes with each of them. */
class LayoutTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void namesEveryAttributeTheAdviceAdds() {
		for (Role role : Role.values()) {
			TestUsers.signIn(role);
			ExtendedModelMap model = new ExtendedModelMap();
			new LayoutAdvice(new CurrentUsers(), new MockEnvironment()).layout(model, new MockHttpServletRequest());
			assertThat(model.keySet()).as(role.name()).containsExactlyInAnyOrderElementsOf(Layout.ATTRIBUTES);
		}
	}

	@Test
	void keepsTheUserOnlyAsSignedInAndEveryFlagAsItIs() {
		TestUsers.signIn(Role.VIEWER);
		ExtendedModelMap model = new ExtendedModelMap();
		new LayoutAdvice(new CurrentUsers(), new MockEnvironment()).layout(model, new MockHttpServletRequest());
		Map<String, Object> otherViewer = new HashMap<>(model);
		otherViewer.put("me", TestUsers.user(Role.VIEWER));
		assertThat(Layout.shownBy(otherViewer)).isEqualTo(Layout.shownBy(model));

		for (String flag : Layout.ATTRIBUTES) {
			if (model.get(flag) instanceof Boolean value) {
				Map<String, Object> changed = new HashMap<>(model);
				changed.put(flag, !value);
				assertThat(Layout.shownBy(changed)).as(flag).isNotEqualTo(Layout.shownBy(model));
			}
		}
	}

}
