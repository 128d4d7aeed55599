package se.trygghet.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Forms;
import se.trygghet.system.Refusal;

/**
 * API tokens for partner systems (ADMIN only). A new token is shown in the answer to the POST that issued it, never
 * through a redirect: a flash attribute would put the secret in the session table.
 */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenAdminController {

	private static final String PAGE = "identity/api-tokens";

	private final ApiTokens tokens;

	private final ApiTokenManagement management;

	private final Clock clock;

	ApiTokenAdminController(ApiTokens tokens, ApiTokenManagement management, Clock clock) {
		this.tokens = tokens;
		this.management = management;
		this.clock = clock;
	}

	public record IssueForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String organisation,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
	}

	/** What the page shows of a token: never its hash. */
	public record TokenRow(UUID id, String name, String organisation, String prefix, String createdBy,
			LocalDateTime createdAt, @Nullable LocalDateTime lastUsedAt, @Nullable LocalDate expiresOn,
			@Nullable LocalDateTime revokedAt, @Nullable String revokedBy, @Nullable String revokedReason, String state) {

		/** Times in the municipality's zone, the zone of the platform's clock. */
		static TokenRow of(ApiToken token, Clock clock) {
			Instant now = clock.instant();
			return new TokenRow(token.id(), token.name(), token.organisation(), token.prefix(), token.createdBy(),
					local(token.createdAt(), clock), local(token.lastUsedAt(), clock),
					token.expiresAt() == null ? null
							: token.expiresAt().atZone(clock.getZone()).toLocalDate().minusDays(1),
					local(token.revokedAt(), clock), token.revokedBy(), token.revokedReason(),
					token.revoked() ? "REVOKED" : token.expiredAt(now) ? "EXPIRED" : "ACTIVE");
		}

		private static @Nullable LocalDateTime local(@Nullable Instant at, Clock clock) {
			return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone()).withNano(0);
		}

	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", blankForm());
		}
		model.addAttribute("tokens", tokens.all().stream().map(t -> TokenRow.of(t, clock)).toList());
		return PAGE;
	}

	@PostMapping
	String issue(@Valid @ModelAttribute("form") IssueForm form, BindingResult bound, Model model,
			HttpServletResponse response) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			try {
				ApiTokenManagement.Issued issued = management.issue(form.name(), form.organisation(), form.expiresOn());
				// the secret is in this page only: no cache, no back-button copy
				response.setHeader("Cache-Control", "no-store");
				model.addAttribute("issued", issued);
				model.addAttribute("issuedName", form.name().strip());
				model.addAttribute("form", blankForm());
			}
			catch (Refusal refusal) {
				Forms.reject(errors, refusal);
			}
		}
		return list(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			management.revoke(id, reason);
			redirect.addFlashAttribute("revoked", true);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("revokeError", refusal.code());
			redirect.addFlashAttribute("revokeErrorId", id);
		}
		return "redirect:/admin/api-tokens";
	}

	private static IssueForm blankForm() {
		return new IssueForm("", "", null);
	}

}
