package se.trygghet.area;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Forms;

/** The address register: what it holds, and its replacement from a CSV file, for coordinators and administrators. */
@Controller
class AddressImportController {

	static final String PATH = "/areas/addresses";

	private static final String VIEW = "area/addresses";

	private final AddressImport addressImport;

	AddressImportController(AddressImport addressImport) {
		this.addressImport = addressImport;
	}

	public record ImportForm(@Nullable MultipartFile file) {
	}

	@GetMapping(PATH)
	String page(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ImportForm(null));
		}
		model.addAttribute("register", addressImport.summary().orElse(null));
		model.addAttribute("maxMegabytes", AddressFileReader.MAX_BYTES / 1024 / 1024);
		return VIEW;
	}

	/** The file's name and size are checked before it is read; its rows by {@link AddressImport}. */
	@PostMapping(PATH)
	String upload(@ModelAttribute("form") ImportForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) throws IOException {
		BindingResult errors = Forms.errors(form, bound, model);
		MultipartFile file = form.file();
		String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		if (file == null || file.isEmpty()) {
			errors.rejectValue("file", "address.file.choose");
		}
		else if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			errors.rejectValue("file", "address.file.type");
		}
		else if (file.getSize() > AddressFileReader.MAX_BYTES) {
			errors.rejectValue("file", "address.file.tooLarge",
					new Object[] { String.valueOf(AddressFileReader.MAX_BYTES / 1024 / 1024) }, null);
		}
		if (errors.hasErrors() || file == null) {
			return page(model);
		}
		AddressImport.Outcome outcome = addressImport.importUpload(file.getBytes(), name);
		if (!outcome.imported()) {
			model.addAttribute("problems", outcome.problems());
			model.addAttribute("problemCount", outcome.problemCount());
			model.addAttribute("fileName", name);
			return page(model);
		}
		// plain numbers: flash attributes live in the (JDBC) session and must serialise
		redirect.addFlashAttribute("imported", List.of(outcome.addresses(), outcome.places()));
		return "redirect:" + PATH;
	}

}
