package se.trygghet.indicator;

import java.io.IOException;
import java.util.ArrayList;
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
import se.trygghet.identity.CurrentUsers;
import se.trygghet.indicator.ImportRuns.Problem;
import se.trygghet.system.NotFoundException;

/**
 * Importing a file of values in three steps: upload (the file is checked and kept in the database), mapping of the
 * file's columns to fields with a preview, and the import, which lists every problem or shows what was written.
 */
@Controller
class FileImportController {

	static final String PATH = "/indicators/import";

	/** Problems shown on the page; the run keeps more, and the page says how many there were. */
	static final int SHOWN_PROBLEMS = 500;

	static final int PREVIEW_ROWS = 5;

	private final FileImport fileImport;

	private final Uploads uploads;

	private final CurrentUsers currentUsers;

	FileImportController(FileImport fileImport, Uploads uploads, CurrentUsers currentUsers) {
		this.fileImport = fileImport;
		this.uploads = uploads;
		this.currentUsers = currentUsers;
	}

	/** The column of each field (null: not in the file) and the source every value gets. */
	record MappingForm(@Nullable Integer indicator, @Nullable Integer period, @Nullable Integer area,
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

		private static void put(Map<ImportField, Integer> columns, ImportField field, @Nullable Integer column) {
			if (column != null && column >= 0) {
				columns.put(field, column);
			}
		}

	}

	/** One field of the mapping form with the column chosen for it. */
	record FieldChoice(ImportField field, String parameter, String label, boolean required, @Nullable Integer column) {
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
			ImportTable.requireSize(file.getSize());
			byte[] content = file.getBytes();
			ImportTable.Format format = ImportTable.detect(name, content);
			// read whole once, so that a file that cannot be read is refused at once rather than after the mapping
			ImportTable table = ImportTable.read(format, content);
			UUID upload = uploads.add(name, format, content, table.rows().size(), currentUsers.actorName());
			return "redirect:" + PATH + "/" + upload;
		}
		catch (ImportTable.Unreadable ex) {
			fileImport.refuseUnreadable(name, ex.code(), ex.args());
			model.addAttribute("fileName", name);
			model.addAttribute("problems", List.of(Problem.of(null, null, ex.code(), ex.args())));
			return "indicator/import";
		}
	}

	@GetMapping(PATH + "/{upload}")
	String initMappingForm(@PathVariable UUID upload, Model model) throws ImportTable.Unreadable {
		Uploads.Upload file = upload(upload);
		ImportTable preview = ImportTable.read(file.format(), file.content(), PREVIEW_ROWS);
		Map<ImportField, Integer> detected = ImportField.detect(preview.headers());
		MappingForm form = new MappingForm(detected.get(ImportField.INDICATOR), detected.get(ImportField.PERIOD),
				detected.get(ImportField.AREA), detected.get(ImportField.GENDER), detected.get(ImportField.AGE),
				detected.get(ImportField.VALUE), detected.get(ImportField.STATUS), detected.get(ImportField.NUMERATOR),
				detected.get(ImportField.DENOMINATOR), detected.get(ImportField.RESPONDENTS),
				detected.get(ImportField.METHOD_VERSION), detected.get(ImportField.PUBLISHED_ON), "");
		return mapping(model, file, preview, form);
	}

	@PostMapping(PATH + "/{upload}")
	String processMappingForm(@PathVariable UUID upload, @ModelAttribute("form") MappingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) throws ImportTable.Unreadable {
		Uploads.Upload file = upload(upload);
		ImportTable preview = ImportTable.read(file.format(), file.content(), PREVIEW_ROWS);
		if (errors.hasErrors()) {
			MappingForm fresh = new MappingForm(null, null, null, null, null, null, null, null, null, null, null, null,
					"");
			model.addAttribute("form", fresh);
			model.addAttribute("problems", List.of(Problem.of(null, null, "indicator.import.mapping.invalid", List.of())));
			return mapping(model, file, preview, fresh);
		}
		ImportTable table = ImportTable.read(file.format(), file.content());
		FileImport.Outcome outcome = fileImport.importTable(file.fileName(), table,
				new FileImport.Mapping(form.columns(), form.source() == null ? "" : form.source()));
		if (!outcome.written()) {
			List<Problem> problems = outcome.problems();
			model.addAttribute("problemCount", problems.size());
			model.addAttribute("problems",
					problems.size() > SHOWN_PROBLEMS ? problems.subList(0, SHOWN_PROBLEMS) : problems);
			model.addAttribute("run", outcome.run());
			return mapping(model, file, preview, form);
		}
		uploads.delete(upload);
		redirect.addFlashAttribute("imported", List.of(outcome.added(), outcome.changed(), outcome.unchanged()));
		return "redirect:" + ImportRunController.PATH + "/" + outcome.run();
	}

	private Uploads.Upload upload(UUID id) {
		return uploads.find(id, currentUsers.actorName()).orElseThrow(() -> new NotFoundException("Filen"));
	}

	private static String mapping(Model model, Uploads.Upload file, ImportTable preview, MappingForm form) {
		Map<ImportField, Integer> columns = form.columns();
		List<FieldChoice> fields = new ArrayList<>();
		for (ImportField field : ImportField.values()) {
			fields.add(new FieldChoice(field, field.parameter(), field.messageKey(), field.required(), columns.get(field)));
		}
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < preview.headers().size(); i++) {
			headers.add(ImportTable.columnName(preview.headers(), i));
		}
		model.addAttribute("form", form);
		model.addAttribute("upload", file);
		model.addAttribute("fields", fields);
		model.addAttribute("headers", headers);
		model.addAttribute("preview", preview.rows());
		return "indicator/mapping";
	}

	private static String refused(Model model, @Nullable String fileName, String code) {
		model.addAttribute("fileName", fileName);
		model.addAttribute("problems", List.of(Problem.of(null, null, code, List.of())));
		return "indicator/import";
	}

}
