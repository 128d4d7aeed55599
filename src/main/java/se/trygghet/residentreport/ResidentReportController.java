package se.trygghet.residentreport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * The resident's side, open to everyone without an account: report an unsafe place, say "same problem" about one
 * already reported nearby, and follow one's own report through its private link.
 */
@Controller
class ResidentReportController {

	private final ResidentReporting reporting;

	private final ResidentReportViews views;

	private final CaseHandling cases;

	private final RateLimit rateLimit;

	private final PhotoDecoding decoding;

	private final PlaceSearch places;

	ResidentReportController(ResidentReporting reporting, ResidentReportViews views, CaseHandling cases,
			RateLimit rateLimit, PhotoDecoding decoding, PlaceSearch places) {
		this.reporting = reporting;
		this.views = views;
		this.cases = cases;
		this.rateLimit = rateLimit;
		this.decoding = decoding;
		this.places = places;
	}

	/**
	 * The form. {@code website} is a honeypot: hidden from people (and from screen readers), filled in by bots.
	 * {@code photoRef} keeps an already checked photo while the form is shown again; {@code confirmedNew} says the
	 * resident has seen the nearby reports and still wants a new one.
	 */
	public record ReportForm(@Nullable String category, @Nullable Double latitude, @Nullable Double longitude,
			@Nullable @Size(max = ResidentReporting.MAX_DESCRIPTION) String description,
			@Nullable @Size(max = ResidentReporting.MAX_EMAIL) String email, @Nullable String website,
			@Nullable UUID photoRef, @Nullable Boolean confirmedNew) {

		NewResidentReport report() {
			return new NewResidentReport(category, latitude, longitude, description, email);
		}

		static ReportForm empty() {
			return new ReportForm(null, null, null, null, null, null, null, null);
		}

	}

	/**
	 * The form, with a place already chosen when the address search's result links here without JavaScript
	 * ({@code latitude}, {@code longitude} and the place's name {@code plats}); the values are only filled in, and
	 * checked like typed ones when the report is sent.
	 */
	@GetMapping("/rapportera")
	String form(@RequestParam(required = false) @Nullable Double latitude,
			@RequestParam(required = false) @Nullable Double longitude,
			@RequestParam(name = "plats", required = false) @Nullable String place, Model model) {
		if (!model.containsAttribute("form") && latitude != null && longitude != null) {
			model.addAttribute("form", new ReportForm(null, latitude, longitude, null, null, null, null, null));
			// a name only shown back, never stored; a long one is someone else's text, not a place we named
			model.addAttribute("chosenPlace", place != null && place.length() <= 200 ? place : null);
		}
		return form(model);
	}

	/**
	 * "Sök adress eller plats": the matches as a fragment for htmx, or the whole form with them for a browser without
	 * JavaScript. Too many searches are answered 429 with {@code Retry-After}, a query over the length cap 400.
	 */
	@GetMapping("/rapportera/adress")
	String findPlace(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PlaceSearch.Answer answer = places.find(query, request.getRemoteAddr());
		if (answer.outcome() == PlaceSearch.Outcome.TOO_MANY) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(places.retryAfterSeconds()));
		}
		else if (answer.outcome() == PlaceSearch.Outcome.TOO_LONG) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("placeSearch", answer);
		return htmx != null ? "residentreport/report-form :: places" : form(model);
	}

	private String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.empty());
		}
		model.addAttribute("categories", reporting.categories());
		model.addAttribute("maxMegabytes", ReportPhotos.MAX_BYTES / (1024 * 1024));
		return "residentreport/report-form";
	}

	/**
	 * The form is checked before the photo is even read: a report that cannot be accepted keeps no photo and costs no
	 * decoding, and the resident is asked to attach the photo again with the corrected form. Every submission has
	 * already been counted against the rate limit ({@link RateLimit}).
	 */
	@PostMapping("/rapportera")
	@IdempotentForm
	String report(@Valid @ModelAttribute("form") ReportForm form, BindingResult bound,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!RateLimit.admitted(request)) {
			return tooMany(model, response);
		}
		if (form.website() != null && !form.website().isBlank()) {
			// a bot: answered as if all went well, and nothing is stored
			redirect.addFlashAttribute("thanks", true);
			return "redirect:/rapportera";
		}
		boolean photoSent = photo != null && !photo.isEmpty();
		UUID photoRef = form.photoRef() != null && reporting.pending(form.photoRef()).isPresent() ? form.photoRef()
				: null;
		ResidentReporting.Checked checked = null;
		try {
			// checked even when a value could not be read, so that every problem shows at once
			ResidentReporting.Checked valid = reporting.check(form.report());
			checked = errors.hasErrors() ? null : valid;
		}
		catch (Refusal ex) {
			rejectUnlessShown(errors, ex);
		}
		ReportPhotos.Photo cleaned = null;
		if (checked != null && photoSent) {
			try {
				cleaned = decoding.clean(photo);
			}
			catch (Refusal ex) {
				String code = ex.fieldCodes().get("photo");
				errors.rejectValue("photoRef", code);
				if (PhotoDecoding.BUSY.equals(code)) {
					response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
					response.setHeader(HttpHeaders.RETRY_AFTER, "10");
				}
			}
		}
		if (errors.hasErrors() || checked == null) {
			// refused: no photo is kept for it, neither the one sent now nor one kept from before
			if (photoRef != null) {
				reporting.dropPending(photoRef);
			}
			if ((photoSent || photoRef != null) && !errors.hasFieldErrors("photoRef")) {
				errors.rejectValue("photoRef", "resident.photo.again");
			}
			return form(model);
		}
		if (cleaned == null && photoRef != null) {
			cleaned = reporting.pending(photoRef).orElse(null);
		}
		if (!Boolean.TRUE.equals(form.confirmedNew())) {
			List<ResidentReporting.Nearby> nearby = reporting.nearby(form.category(), checked.point());
			if (!nearby.isEmpty()) {
				// kept while the resident decides, so it need not be attached again; unclaimed ones are deleted soon
				if (photoSent) {
					if (photoRef != null) {
						reporting.dropPending(photoRef);
					}
					photoRef = reporting.keepPending(cleaned);
				}
				// beside the form, not in it: replacing the bound form in the model would drop its field errors
				model.addAttribute("photoRef", photoRef);
				model.addAttribute("nearby", nearby);
				return form(model);
			}
		}
		ResidentReporting.Submitted submitted = reporting.submit(form.report(), cleaned, "WEB", null, false);
		if (photoRef != null) {
			reporting.dropPending(photoRef);
		}
		redirect.addFlashAttribute("sent", true);
		return "redirect:/rapportera/" + submitted.token();
	}

	/**
	 * The check's problems beside their fields, except where a value that could not be read is already shown: a
	 * coordinate that is not a number is not also "missing".
	 */
	private static void rejectUnlessShown(BindingResult errors, Refusal refusal) {
		boolean placeShown = errors.hasFieldErrors("latitude") || errors.hasFieldErrors("longitude");
		for (Refusal.Problem problem : refusal.problems()) {
			String field = problem.field();
			if (field == null) {
				errors.reject(problem.code(), problem.getArguments(), null);
			}
			else if (!("latitude".equals(field) ? placeShown : errors.hasFieldErrors(field))) {
				errors.rejectValue(field, problem.code(), problem.getArguments(), null);
			}
		}
	}

	/** 429 with the form and what was typed, and a message saying how long to wait. */
	private String tooMany(Model model, HttpServletResponse response) {
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(rateLimit.windowMinutes() * 60));
		model.addAttribute("rateLimited", true);
		model.addAttribute("rateLimit", rateLimit.limit());
		model.addAttribute("rateWindow", rateLimit.windowMinutes());
		return form(model);
	}

	/** "Samma problem": a +1 on a nearby open report instead of a new one. */
	@PostMapping("/rapportera/{number:\\d+}/samma")
	@IdempotentForm
	String same(@PathVariable long number, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable UUID photoRef, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		if (!RateLimit.admitted(request)) {
			model.addAttribute("form", ReportForm.empty());
			return tooMany(model, response);
		}
		try {
			if (!reporting.support(number, email)) {
				// closed (or gone) since the page was shown: say so, and let them report it anew
				redirect.addFlashAttribute("supportError", "resident.same.closed");
				return "redirect:/rapportera";
			}
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("supportError", ex.fieldCodes().get("email"));
			return "redirect:/rapportera";
		}
		if (photoRef != null) {
			reporting.dropPending(photoRef);
		}
		redirect.addFlashAttribute("supported", number);
		return "redirect:/rapportera";
	}

	@GetMapping("/rapportera/{token:[A-Za-z0-9_-]{43}}")
	String follow(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("report",
				views.byToken(token).orElseThrow(() -> new NotFoundException("No report for this link")));
		// the link is the key: keep it out of shared caches and other sites' referrer logs
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		return "residentreport/follow";
	}

	@PostMapping("/rapportera/{token:[A-Za-z0-9_-]{43}}/inte-atgardat")
	String notFixed(@PathVariable String token, RedirectAttributes redirect) {
		try {
			cases.reopenByResident(token);
			redirect.addFlashAttribute("reopened", true);
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("reopenError", ex.fieldCodes().get("status"));
		}
		return "redirect:/rapportera/" + token;
	}

	@GetMapping("/rapportera/{token:[A-Za-z0-9_-]{43}}/foto")
	ResponseEntity<byte[]> ownPhoto(@PathVariable String token) {
		return photo(views.photoByToken(token).orElseThrow(() -> new NotFoundException("No photo")), false);
	}

	@GetMapping("/rapportera/foto/{number:\\d+}")
	ResponseEntity<byte[]> publicPhoto(@PathVariable long number) {
		return photo(views.publicPhoto(number).orElseThrow(() -> new NotFoundException("No photo")), true);
	}

	static ResponseEntity<byte[]> photo(ResidentReportViews.StoredPhoto photo, boolean shared) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(shared ? CacheControl.maxAge(java.time.Duration.ofHours(1)) : CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.bytes());
	}

}
