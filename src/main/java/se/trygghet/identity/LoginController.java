package se.trygghet.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import java.util.ArrayList;
import java.util.List;

@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping("/login")
	String login(Model model) {
		List<ClientRegistration> providers = new ArrayList<>();
		if (oidcClients.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
			registrations.forEach(providers::add);
		}
		model.addAttribute("providers", providers);
		return "identity/login";
	}

}
