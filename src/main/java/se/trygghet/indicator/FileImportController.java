package se.trygghet.indicator;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.indicator.ImportRuns.Problem;

/**
 * Importing a file of values in three steps: upload (the file is checked and kept in the database), mapping of the
 * file's columns to fields with a preview, and the import, which lists every problem or shows what was written. The
 * steps' work is {@link FileUploads}'.
 */
@Controller
class FileImportController {

	static final String PATH = "/indicators/import";

	private final FileUploads uploads;

	FileImportController(FileUploads uploads) {
		this.uploads = uploads;
	}

	/** The column of each field (null: not in the file) and the source every value gets. */
	public record MappingForm(@Nullable Integer indicator, @Nullable Integer period, @Nullable Integer area,
			@Nullable Integer gender, @Nullable Integer age, @Nullable Integer value, @Nullable Integer status,
			@Nullable Integer numerator, @Nullable Integer denominator, @Nullable Integer respondents,
			@Nullable Integer methodVersion, @Nullable Integer publishedOn, @Nullable String source) {

		Map<ImportField, Integer> columns() {
			Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
			put(columns, ImportField.INDICATOR, indicator);
			put(columns, ImportField.PERIOD, period);
			put(columns, ImportField.AREA, area);
			put(columns, ImportField.GENDER, gender);
			put(columns, ImportField.AGE, age);
			put(columns, ImportField.VALUE, value);
			put(columns, ImportField.STATUS, status);
			put(columns, ImportField.NUMERATOR, numerator);
			put(columns, ImportField.DENOMINATOR, denominator);
			put(columns, ImportField.RESPONDENTS, respondents);
			put(columns, ImportField.METHOD_VERSION, methodVersion);
			put(columns, ImportField.PUBLISHED_ON, publishedOn);
			return columns;
		}

		static MappingForm of(Map<ImportField, Integer> detected) {
			return new MappingForm(detected.get(ImportField.INDICATOR), detected.get(ImportField.PERIOD),
					detected.get(ImportField.AREA), detected.get(ImportField.GENDER), detected.get(ImportField.AGE),
					detected.get(ImportField.VALUE), detected.get(ImportField.STATUS),
					detected.get(ImportField.NUMERATOR), detected.get(ImportField.DENOMINATOR),
					detected.get(ImportField.RESPONDENTS), detected.get(ImportField.METHOD_VERSION),
					detected.get(ImportField.PUBLISHED_ON), "");
		}

		private static void put(Map<ImportField, Integer> columns, ImportField field, @Nullable Integer column) {
			if (column != null && column >= 0) {
				columns.put(field, column);
			}
		}

	}

	@GetMapping(PATH)
	String initUploadForm() {
		return "indicator/import";
	}

	@PostMapping(PATH)
	String processUploadForm(@RequestParam(value = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(model, null, "indicator.import.file.empty");
		}
		String name = file.getOriginalFilename() == null ? "fil" : file.getOriginalFilename();
		try {
			return "redirect:" + PATH + "/" + uploads.receive(name, file.getSize(), file);
		}
		catch (ImportTable.Unreadable ex) {
			model.addAttribute("fileName", name);
			model.addAttribute("problems", List.of(Problem.of(null, null, ex.code(), ex.args())));
			return "indicator/import";
		}
	}

	@GetMapping(PATH + "/{upload}")
	String initMappingForm(@PathVariable UUID upload, Model model) throws ImportTable.Unreadable {
		return mapping(upload, MappingForm.of(uploads.detectedColumns(upload)), model);
	}

	@PostMapping(PATH + "/{upload}")
	String processMappingForm(@PathVariable UUID upload, @ModelAttribute("form") MappingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) throws ImportTable.Unreadable {
		if (errors.hasErrors()) {
			model.addAttribute("problems", List.of(Problem.of(null, null, "indicator.import.mapping.invalid", List.of())));
			return mapping(upload, MappingForm.of(Map.of()), model);
		}
		FileImport.Outcome outcome = uploads.importUpload(upload,
				new FileImport.Mapping(form.columns(), form.source() == null ? "" : form.source()));
		if (!outcome.written()) {
			model.addAttribute("problemCount", outcome.problems().size());
			model.addAttribute("problems", FileUploads.shown(outcome.problems()));
			model.addAttribute("run", outcome.run());
			return mapping(upload, form, model);
		}
		redirect.addFlashAttribute("imported", List.of(outcome.added(), outcome.changed(), outcome.unchanged()));
		return "redirect:" + ImportRunController.PATH + "/" + outcome.run();
	}

	private String mapping(UUID upload, MappingForm form, Model model) throws ImportTable.Unreadable {
		model.addAllAttributes(uploads.mappingPage(upload, form.columns()));
		model.addAttribute("form", form);
		return "indicator/mapping";
	}

	private static String refused(Model model, @Nullable String fileName, String code) {
		model.addAttribute("fileName", fileName);
		model.addAttribute("problems", List.of(Problem.of(null, null, code, List.of())));
		return "indicator/import";
	}

}
