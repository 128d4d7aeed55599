package se.trygghet.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Layout;
import se.trygghet.system.Caches;
import se.trygghet.system.TemplateFragments;

/**
 * Keeps rendered HTML of the plan's big pages. The plan overview (37 activities with their committees, goals and
 * indicators) is the page everyone opens, and rendering it took most of a request's CPU; its content only changes
 * when the plan's revision does. So a page is rendered once per key (in the cache {@value #CACHE}) — which always
 * holds the plan's revision, so a change anywhere is never served stale — with two marks in place of what differs per
 * person: the CSRF token and the signed-in user's name. Each response fills those in. Everything else a page shows
 * must be part of the key, which {@link #overview} makes from the page's model.
 */
@Component
class RenderedPages {

	static final String CACHE = "plan-pages";

	/** Letters and digits only, so escaping leaves them intact and they cannot occur in real content by chance. */
	private static final String TOKEN_MARK = "zqCsrfTokenMark7f3a91";

	private static final String NAME_MARK = "zqUserNameMark7f3a91";

	private final TemplateFragments templates;

	private final Caches.NamedCache skeletons;

	RenderedPages(TemplateFragments templates, Caches caches) {
		this.templates = templates;
		this.skeletons = caches.named(CACHE);
	}

	/**
	 * The plan overview for this request: the whole page, or for htmx the results alone (which show nothing personal).
	 * The key is everything the page shows besides the token and the user's name: the plan's id and revision, the
	 * filters, the user's rights (everything the layout reads: {@link Layout#shownBy}), the language, the links of
	 * modules above the plan ({@link PlanLinks}, which say nothing personal).
	 */
	byte[] overview(PlanView plan, @Nullable Integer focusArea, @Nullable UUID committee, boolean htmx, Locale locale,
			Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
		List<Object> key = java.util.Arrays.asList("plan-overview", plan.id(), plan.revision(), focusArea, committee,
				locale, model.get("planEditor"), model.get("planLinks"), Layout.shownBy(model), htmx);
		return htmx ? templates.cached(key, "plan/overview-results", "results", () -> model, request, response)
			.getBytes(StandardCharsets.UTF_8) : page(key, "plan/overview", model, request, response);
	}

	/** A whole page for this request; the key holds everything the page shows besides the token and the name. */
	private byte[] page(Object key, String template, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		Skeleton skeleton = skeletons.get(key,
				() -> Skeleton.of(withoutIndentation(render(template, null, model, request, response))));
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		CurrentUser me = (CurrentUser) model.get("me");
		return skeleton.fill(token == null ? "" : HtmlUtils.htmlEscape(token.getToken(), "UTF-8"),
				me == null ? "" : HtmlUtils.htmlEscape(me.displayName(), "UTF-8"));
	}

	/**
	 * A rendered page cut at its marks and kept as UTF-8 bytes, so filling in a request's values is a few array
	 * copies rather than a search through 60 kB of text and a re-encoding of it.
	 */
	private record Skeleton(byte[][] parts, boolean[] tokenAfter) {

		private static final Pattern MARKS = Pattern.compile(TOKEN_MARK + "|" + NAME_MARK);

		static Skeleton of(String html) {
			java.util.List<byte[]> parts = new java.util.ArrayList<>();
			java.util.List<Boolean> tokens = new java.util.ArrayList<>();
			java.util.regex.Matcher matcher = MARKS.matcher(html);
			int start = 0;
			while (matcher.find()) {
				parts.add(html.substring(start, matcher.start()).getBytes(StandardCharsets.UTF_8));
				tokens.add(matcher.group().equals(TOKEN_MARK));
				start = matcher.end();
			}
			parts.add(html.substring(start).getBytes(StandardCharsets.UTF_8));
			boolean[] tokenAfter = new boolean[tokens.size()];
			for (int i = 0; i < tokenAfter.length; i++) {
				tokenAfter[i] = tokens.get(i);
			}
			return new Skeleton(parts.toArray(byte[][]::new), tokenAfter);
		}

		byte[] fill(String token, String name) {
			byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
			byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
			int length = 0;
			for (byte[] part : parts) {
				length += part.length;
			}
			for (boolean isToken : tokenAfter) {
				length += isToken ? tokenBytes.length : nameBytes.length;
			}
			byte[] page = new byte[length];
			int at = 0;
			for (int i = 0; i < parts.length; i++) {
				System.arraycopy(parts[i], 0, page, at, parts[i].length);
				at += parts[i].length;
				if (i < tokenAfter.length) {
					byte[] value = tokenAfter[i] ? tokenBytes : nameBytes;
					System.arraycopy(value, 0, page, at, value.length);
					at += value.length;
				}
			}
			return page;
		}

	}

	private static String withoutIndentation(String html) {
		return TemplateFragments.withoutIndentation(html);
	}

	/** Renders as Spring MVC's Thymeleaf view would, but with the marks in place of the personal values. */
	private String render(String template, @Nullable String fragment, Map<String, Object> model,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> variables = new HashMap<>(model);
		if (model.get("me") instanceof CurrentUser me) {
			variables.put("me", new CurrentUser(me.id(), me.username(), NAME_MARK, me.roles(), me.committeeIds()));
		}
		return templates.render(template, fragment, variables, new MarkedTokenRequest(request), response);
	}

	/** The request as the template sees it: its CSRF token replaced by the mark. */
	private static final class MarkedTokenRequest extends HttpServletRequestWrapper {

		private final @Nullable CsrfToken marked;

		MarkedTokenRequest(HttpServletRequest request) {
			super(request);
			CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			this.marked = real == null ? null
					: new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), TOKEN_MARK);
		}

		@Override
		public Object getAttribute(String name) {
			if (marked != null && (CsrfToken.class.getName().equals(name) || "_csrf".equals(name))) {
				return marked;
			}
			return super.getAttribute(name);
		}

	}

}
