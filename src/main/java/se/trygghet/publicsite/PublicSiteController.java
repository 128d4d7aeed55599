package se.trygghet.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.IndicatorId;

/**
 * The pages for residents, under {@value #PATH}: start, the plan, one activity, the indicators, one indicator, the
 * areas and one area. What each shows, read for the public only, comes from {@link PublicSiteViews}; each page is
 * rendered once per key by {@link PublicPages}.
 */
@Controller
class PublicSiteController {

	static final String PATH = "/oppen";

	private final PublicSiteViews views;

	private final PublicPages pages;

	PublicSiteController(PublicSiteViews views, PublicPages pages) {
		this.views = views;
		this.pages = pages;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> start(Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return pages.serve(views.start(locale), request, response);
	}

	@GetMapping(PATH + "/plan")
	ResponseEntity<byte[]> plan(Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return pages.serve(views.plan(locale), request, response);
	}

	@GetMapping(PATH + "/aktiviteter/{number}")
	ResponseEntity<byte[]> activity(@PathVariable ActivityNumber number, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return pages.serve(views.activity(number, locale), request, response);
	}

	@GetMapping(PATH + "/indikatorer")
	ResponseEntity<byte[]> indicators(Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return pages.serve(views.indicators(locale), request, response);
	}

	@GetMapping(PATH + "/indikatorer/{id}")
	ResponseEntity<byte[]> indicator(@PathVariable IndicatorId id, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return pages.serve(views.indicator(id, locale), request, response);
	}

	@GetMapping(PATH + "/omraden")
	ResponseEntity<byte[]> areas(Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return pages.serve(views.areas(locale), request, response);
	}

	@GetMapping(PATH + "/omraden/{id}")
	ResponseEntity<byte[]> area(@PathVariable UUID id, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return pages.serve(views.area(new AreaId(id), locale), request, response);
	}

	/** A mistyped address on the residents' site is a page that does not exist: 404 and the error page. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void noSuchPage(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
