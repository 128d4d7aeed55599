package se.trygghet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * The platform's 503 answer, written without a template, a session or the database, since it is given exactly when
 * those cannot be relied on (while starting, while the database cannot be reached): a page in Swedish and English for
 * people, {@code application/problem+json} for the API, both with {@code Retry-After}.
 */
final class Unavailable {

	static final String RETRY_AFTER_SECONDS = "5";

	/** What to say, in both languages; the API gets the English text. */
	public record Message(String titleSv, String textSv, String titleEn, String textEn) {
	}

	private Unavailable() {
	}

	static void answer(HttpServletRequest request, HttpServletResponse response, Message message) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (api(request)) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
					+ "\"detail\":\"" + message.textEn().replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8));
			return;
		}
		String page = """
				<!DOCTYPE html>
				<html lang="sv"><head><meta charset="utf-8">\
				<meta name="viewport" content="width=device-width, initial-scale=1"><title>%1$s</title>\
				<link rel="stylesheet" href="%5$s/css/app.css"></head>
				<body><main id="main" class="wrap"><h1>%1$s</h1>
				<p>%2$s</p>
				<div lang="en"><h2>%3$s</h2>
				<p>%4$s</p></div></main></body></html>
				""".formatted(html(message.titleSv()), html(message.textSv()), html(message.titleEn()),
				html(message.textEn()), html(request.getContextPath()));
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

	/** The API's paths, and any client that asks for JSON rather than a page. */
	static boolean api(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return path.startsWith("/api/") || path.startsWith("/open311/")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
