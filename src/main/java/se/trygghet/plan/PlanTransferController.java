package se.trygghet.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.NotFoundException;

/** Import of a plan file (another period, another municipality) and export of a plan in the same format. */
@Controller
class PlanTransferController {

	private final PlanImport planImport;

	private final PlanViews views;

	private final PlanFileLineage lineage;

	PlanTransferController(PlanImport planImport, PlanViews views, PlanFileLineage lineage) {
		this.planImport = planImport;
		this.views = views;
		this.lineage = lineage;
	}

	@GetMapping("/plans/import")
	String initImportForm() {
		return "plan/import";
	}

	@PostMapping("/plans/import")
	String processImportForm(@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(new PlanFileProblem("file", "plan.file.empty")));
			return "plan/import";
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
			model.addAttribute("problems", List.of(new PlanFileProblem("file", "plan.file.type")));
			return "plan/import";
		}
		if (file.getSize() > PlanFileReader.MAX_BYTES) {
			model.addAttribute("problems", List.of(new PlanFileProblem("file", "plan.file.tooLarge",
					String.valueOf(PlanFileReader.MAX_BYTES / 1024 / 1024))));
			return "plan/import";
		}
		PlanImport.Outcome outcome = planImport.importFile(file.getBytes());
		if (!outcome.imported()) {
			model.addAttribute("problems", outcome.problems());
			model.addAttribute("fileName", file.getOriginalFilename());
			return "plan/import";
		}
		redirect.addFlashAttribute("imported", true);
		return "redirect:/plans/" + outcome.planKey();
	}

	@GetMapping("/plans/{key}/export")
	ResponseEntity<byte[]> export(@PathVariable String key, @RequestParam(defaultValue = "yaml") String format) {
		PlanView plan = views.byKey(key).orElseThrow(() -> new NotFoundException("Planen"));
		boolean json = "json".equalsIgnoreCase(format);
		PlanFileLineage.Lineage carried = lineage.of(plan.id());
		String body = json ? PlanFileWriter.json(plan, carried) : PlanFileWriter.yaml(plan, carried);
		String fileName = plan.key() + (json ? ".json" : ".yaml");
		return ResponseEntity.ok()
			.contentType(json ? MediaType.APPLICATION_JSON : new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
