package se.trygghet.residentreport;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Refusal;

/** Admins give partner apps Open311 keys and take them back. */
@Controller
class Open311KeyController {

	private final Open311Keys keys;

	Open311KeyController(Open311Keys keys) {
		this.keys = keys;
	}

	@GetMapping("/admin/open311-keys")
	String list(Model model) {
		model.addAttribute("clients", keys.clients());
		return "residentreport/open311-keys";
	}

	@PostMapping("/admin/open311-keys")
	String create(@RequestParam(required = false) @Nullable String name, Model model) {
		try {
			model.addAttribute("newKey", keys.create(name));
			model.addAttribute("newKeyName", name == null ? "" : name.strip());
		}
		catch (Refusal ex) {
			model.addAttribute("nameError", ex.fieldCodes().get("name"));
			model.addAttribute("typedName", name);
		}
		// the new key is shown on this answer only, never stored in a flash or the session
		return list(model);
	}

	@PostMapping("/admin/open311-keys/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		keys.revoke(id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/admin/open311-keys";
	}

}
