package se.trygghet.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.trygghet.system.Caches;
import se.trygghet.system.TemplateFragments;

/**
 * Whole public pages as bytes, rendered once per key (cache {@value #PAGES}). A public page is the same for every
 * visitor (it shows no name, no form and no CSRF token), so the key — the page, its arguments, the language and the
 * versions of the data it shows — is all that decides its content. Not touching the CSRF token also means that no
 * session is created for a visitor.
 * <p>
 * The versions and small public lists that make up a key are read at most once per {@code expireAfterWrite} of the
 * cache {@value #VERSIONS} ({@link #recent}): every public request would otherwise read them all from the database,
 * which at 50 concurrent visitors was most of the page's time; a published change shows within that long on every
 * node.
 */
@Component
class PublicPages {

	static final String PAGES = "public-pages";

	static final String VERSIONS = "public-versions";

	private final TemplateFragments templates;

	private final Caches.NamedCache pages;

	private final Caches.NamedCache versions;

	private final boolean demoMode;

	PublicPages(TemplateFragments templates, Caches caches, Environment environment) {
		this.templates = templates;
		this.pages = caches.named(PAGES);
		this.versions = caches.named(VERSIONS);
		this.demoMode = Arrays.asList(environment.getActiveProfiles()).contains("demo");
	}

	/**
	 * A public page to serve: what its content depends on, its template, and its model, which is built only when no
	 * page for the key is kept yet.
	 */
	public record Page(List<Object> key, String template, Supplier<Map<String, Object>> model) {
	}

	/** A data version or small public list, read at most once per the {@value #VERSIONS} cache's expiry. */
	<T> T recent(String name, Supplier<T> read) {
		return versions.get(name, read);
	}

	private record Rendered(byte[] html, String etag) {
	}

	/** The page for this request's address (part of the key, and the layout's language switch links to it). */
	ResponseEntity<byte[]> serve(Page page, HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<Object> fullKey = new ArrayList<>(page.key());
		fullKey.add(path);
		return serve(List.copyOf(fullKey), page.template(), () -> {
			Map<String, Object> variables = new HashMap<>(page.model().get());
			// the query string is left out on purpose
			variables.put("currentPath", path);
			variables.put("demoMode", demoMode);
			return variables;
		}, request, response);
	}

	/**
	 * The page for this key, or 304 when the visitor already has it. Browsers and proxies may keep it but must ask
	 * again each time (no-cache), since the data behind it can change at any moment; the ETag makes asking cheap.
	 */
	private ResponseEntity<byte[]> serve(List<Object> key, String template, Supplier<Map<String, Object>> model,
			HttpServletRequest request, HttpServletResponse response) {
		Rendered page = pages.get(key, () -> {
			String html = TemplateFragments
				.withoutIndentation(templates.render(template, null, model.get(), request, response));
			byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
			return new Rendered(bytes, etag(bytes));
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(page.etag());
		headers.setCacheControl(CacheControl.noCache().cachePublic());
		// the language comes from a cookie (or ?lang=, which sets it)
		headers.setVary(List.of(HttpHeaders.COOKIE));
		String seen = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (seen != null && opaque(seen).equals(opaque(page.etag()))) {
			return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
		}
		return ResponseEntity.ok()
			.headers(headers)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(page.html());
	}

	/** The tag without its weakness mark: If-None-Match compares tags weakly. */
	private static String opaque(String tag) {
		String trimmed = tag.strip();
		return trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
	}

	/** Weak: the same page is sent gzipped or not (Tomcat compresses no answer with a strong ETag). */
	private static String etag(byte[] html) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}
