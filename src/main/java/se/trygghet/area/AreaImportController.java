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

/** Import of areas from a GeoJSON file, for coordinators and administrators. */
@Controller
class AreaImportController {

	private static final String VIEW = "area/import";

	private final AreaImport areaImport;

	private final String defaultMunicipality;

	AreaImportController(AreaImport areaImport,
			@org.springframework.beans.factory.annotation.Value("${app.area.municipality.code:1980}") String defaultMunicipality) {
		this.areaImport = areaImport;
		this.defaultMunicipality = defaultMunicipality;
	}

	public record ImportForm(@Nullable MultipartFile file, @Nullable String municipality,
			AreaFileReader.@Nullable SourceCrs crs) {

		/** The system of a file without a crs member: WGS84 unless chosen otherwise, as RFC 7946 says. */
		AreaFileReader.SourceCrs undeclaredCrs() {
			return crs == null ? AreaFileReader.SourceCrs.WGS84 : crs;
		}

	}

	@GetMapping("/areas/import")
	String initImportForm(Model model) {
		model.addAttribute("form", freshForm());
		model.addAttribute("crsChoices", AreaFileReader.SourceCrs.values());
		return VIEW;
	}

	@PostMapping("/areas/import")
	String processImportForm(@ModelAttribute("form") ImportForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) throws IOException {
		model.addAttribute("crsChoices", AreaFileReader.SourceCrs.values());
		BindingResult errors = Forms.errors(form, bound, model);
		MultipartFile file = form.file();
		String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		String lower = name.toLowerCase(Locale.ROOT);
		if (file == null || file.isEmpty()) {
			errors.rejectValue("file", "area.file.empty");
		}
		else if (!(lower.endsWith(".geojson") || lower.endsWith(".json"))) {
			errors.rejectValue("file", "area.file.type");
		}
		else if (file.getSize() > AreaFileReader.MAX_BYTES) {
			errors.rejectValue("file", "area.file.tooLarge",
					new Object[] { String.valueOf(AreaFileReader.MAX_BYTES / 1024 / 1024) }, null);
		}
		String municipality = form.municipality() == null ? "" : form.municipality().strip();
		if (!municipality.matches("[0-9]{4}")) {
			// checked again as the file is read; here so that the form names it with the file's own problems
			errors.rejectValue("municipality", "area.municipality.invalid", new Object[] { municipality }, null);
		}
		if (errors.hasErrors() || file == null) {
			return VIEW;
		}
		AreaImport.Outcome outcome = areaImport.importUpload(file.getBytes(), municipality, form.undeclaredCrs(),
				"Import av " + name);
		if (!outcome.imported()) {
			model.addAttribute("problems", outcome.problems());
			model.addAttribute("fileName", name);
			return VIEW;
		}
		redirect.addFlashAttribute("imported", List.of(outcome.created(), outcome.updated()));
		return "redirect:/areas";
	}

	private ImportForm freshForm() {
		return new ImportForm(null, defaultMunicipality, AreaFileReader.SourceCrs.WGS84);
	}

}
