package se.trygghet.indicator;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** The import log with each run's problems, and the button that starts a Kolada import. */
@Controller
class ImportRunController {

	static final String PATH = "/indicators/imports";

	static final int LISTED = 200;

	private final ImportRuns runs;

	private final KoladaImport kolada;

	private final CurrentUsers currentUsers;

	ImportRunController(ImportRuns runs, KoladaImport kolada, CurrentUsers currentUsers) {
		this.runs = runs;
		this.kolada = kolada;
		this.currentUsers = currentUsers;
	}

	@GetMapping(PATH)
	String runs(Model model) {
		model.addAttribute("runs", runs.recent(LISTED));
		model.addAttribute("mayImport", currentUsers.current()
			.map(u -> u.roles().contains(Role.COORDINATOR) || u.roles().contains(Role.ADMIN))
			.orElse(false));
		return "indicator/imports";
	}

	@GetMapping(PATH + "/{run}")
	String run(@PathVariable UUID run, Model model) {
		model.addAttribute("run", runs.find(run).orElseThrow(() -> new NotFoundException("Importen")));
		List<ImportRuns.Problem> problems = runs.problems(run);
		model.addAttribute("problems", FileUploads.shown(problems));
		return "indicator/import-run";
	}

	@PostMapping(PATH + "/kolada")
	String startKolada(RedirectAttributes redirect) {
		try {
			UUID run = kolada.startManual();
			redirect.addFlashAttribute("koladaStarted", true);
			return "redirect:" + PATH + "/" + run;
		}
		catch (Refusal running) {
			redirect.addFlashAttribute("koladaRunning", true);
			return "redirect:" + PATH;
		}
	}

	/** Coordinators and administrators import; analysts read the log too. */
	@Component
	static class Rules implements HttpAuthorizationRules {

		@Override
		public void configure(
				AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
			String[] importers = { Role.COORDINATOR.name(), Role.ADMIN.name() };
			rules.requestMatchers(FileImportController.PATH, FileImportController.PATH + "/*").hasAnyRole(importers);
			rules.requestMatchers(HttpMethod.POST, PATH + "/kolada").hasAnyRole(importers);
			rules.requestMatchers(HttpMethod.GET, PATH, PATH + "/*")
				.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name(), Role.ANALYST.name());
		}

	}

}
