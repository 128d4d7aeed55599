package se.trygghet.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** User administration pages (ADMIN only). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FORM = "identity/user-form";

	private final Users users;

	private final UserManagement management;

	private final ObjectProvider<CommitteeDirectory> committees;

	private final Clock clock;

	private final ObjectProvider<ActorDirectory> actors;

	private final PartnerBindings partners;

	UserAdminController(Users users, UserManagement management, ObjectProvider<CommitteeDirectory> committees,
			Clock clock, ObjectProvider<ActorDirectory> actors, PartnerBindings partners) {
		this.users = users;
		this.management = management;
		this.committees = committees;
		this.clock = clock;
		this.actors = actors;
		this.partners = partners;
	}

	@ModelAttribute("actors")
	List<ActorDirectory.Organisation> actors() {
		ActorDirectory directory = actors.getIfAvailable();
		return directory == null ? List.of() : directory.organisations();
	}

	public record NewUserForm(@NotBlank @Size(min = 2, max = 64) String username, @NotBlank @Size(max = 200) String displayName,
			@Nullable @Email String email, @NotBlank String password, @NotEmpty Set<Role> roles,
			@Nullable Set<UUID> committeeIds, @Nullable UUID actorId) {
	}

	public record EditUserForm(@NotBlank @Size(max = 200) String displayName, @Nullable @Email String email,
			@Nullable Boolean enabled, @NotEmpty Set<Role> roles, @Nullable Set<UUID> committeeIds,
			@Nullable UUID actorId, @NotNull Integer version) {
	}

	public record PasswordForm(@NotBlank String password) {
	}

	/** What the pages show of a user; the aggregate itself never reaches a template. */
	public record UserRow(UUID id, String username, String displayName, Set<Role> roles, boolean enabled, boolean locked,
			boolean external) {

		static UserRow of(User user, java.time.Instant now) {
			return new UserRow(user.id().value(), user.username(), user.displayName(), user.roles(), user.enabled(),
					user.isLockedAt(now), user.externalId() != null);
		}

	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@ModelAttribute("committees")
	List<CommitteeDirectory.Committee> committees() {
		CommitteeDirectory directory = committees.getIfAvailable();
		return directory == null ? List.of() : directory.committees();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.all().stream().map(u -> UserRow.of(u, clock.instant())).toList());
		return "identity/users";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", blankForm());
		model.addAttribute("creating", true);
		return FORM;
	}

	@PostMapping
	@IdempotentForm
	String processCreationForm(@Valid @ModelAttribute("form") NewUserForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			try {
				UserId id = management.create(form.username(), form.displayName(), form.email(), form.password(),
						form.roles(), orEmpty(form.committeeIds()), form.actorId());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id;
			}
			catch (Refusal refusal) {
				Forms.reject(errors, refusal);
			}
		}
		model.addAttribute("creating", true);
		return FORM;
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		User user = users.byId(new UserId(id)).orElseThrow(() -> new NotFoundException("Användaren"));
		model.addAttribute("user", UserRow.of(user, clock.instant()));
		model.addAttribute("form", formOf(user, partners.actorOf(user.id()).orElse(null)));
		model.addAttribute("creating", false);
		return FORM;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") EditUserForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		User user = users.byId(new UserId(id)).orElseThrow(() -> new NotFoundException("Användaren"));
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			try {
				management.update(user.id(), form.version(), form.displayName(), form.email(),
						Boolean.TRUE.equals(form.enabled()),
						form.roles(), orEmpty(form.committeeIds()), form.actorId());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("concurrent.change");
			}
			catch (Refusal refusal) {
				Forms.reject(errors, refusal);
			}
		}
		model.addAttribute("user", UserRow.of(user, clock.instant()));
		model.addAttribute("creating", false);
		return FORM;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @ModelAttribute PasswordForm form, RedirectAttributes redirect) {
		try {
			management.resetPassword(new UserId(id), form.password());
			redirect.addFlashAttribute("passwordReset", true);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("passwordError", true);
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		management.unlock(new UserId(id));
		redirect.addFlashAttribute("unlocked", true);
		return "redirect:/admin/users/" + id;
	}

	private static NewUserForm blankForm() {
		return new NewUserForm("", "", null, "", Set.of(), Set.of(), null);
	}

	private static EditUserForm formOf(User user, @Nullable UUID actor) {
		return new EditUserForm(user.displayName(), user.email(), user.enabled(), user.roles(), user.committeeIds(),
				actor, user.version());
	}

	private static Set<UUID> orEmpty(@Nullable Set<UUID> values) {
		return values == null ? Set.of() : values;
	}

}
