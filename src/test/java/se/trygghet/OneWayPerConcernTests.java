package se.trygghet;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghet.identity.Audited;
import se.trygghet.identity.AuditedEntry;
import se.trygghet.system.Forms;
import se.trygghet.system.Refusal;

/**
 * One way per concern, each in one place: these fail when a second way comes back. A domain rule refuses with
 * {@code system}'s {@link Refusal} only; the municipality's time zone comes from the platform's {@code Clock} (or
 * {@code system}), never from a zone written into a module; every audited event states its entry as an
 * {@link AuditedEntry}; every form shows its errors in the one summary at its top, every posted form bound through
 * {@code Forms.errors}.
 */
class OneWayPerConcernTests {

	/**
	 * Modules not yet brought in line, because another change was rewriting them at the same time. The coordinator
	 * converts them after merging and empties this list; nothing is ever added to it.
	 */
	static final List<String> MODULES_NOT_YET_CONVERTED = List.of();

	/**
	 * The runtime exceptions that are not refusals of a domain rule, each with why: technical failures and malformed
	 * requests, answered differently from a refusal.
	 */
	static final Map<String, String> TECHNICAL_FAILURES = Map.ofEntries(
			Map.entry("se.trygghet.system.NotFoundException", "what was asked for does not exist: 404"),
			Map.entry("se.trygghet.system.HttpRetries$Transient", "an outside service failed for now; tried again"),
			Map.entry("se.trygghet.system.HttpRetries$Exhausted", "an outside service kept failing"),
			Map.entry("se.trygghet.system.FormSubmissions$Once$Failure",
					"carries a checked exception through a transaction"),
			Map.entry("se.trygghet.document.DocumentFailure", "a document could not be rendered"),
			Map.entry("se.trygghet.indicator.kolada.KoladaException", "Kolada could not be read"),
			Map.entry("se.trygghet.indicator.kolada.KoladaClient$Failed", "one call to Kolada failed; tried again"),
			Map.entry("se.trygghet.indicator.kolada.KoladaPageReader$Malformed", "Kolada answered something unreadable"),
			Map.entry("se.trygghet.indicator.ImportTable$TooManyRows", "stops reading a file that is too large"),
			Map.entry("se.trygghet.indicator.IndicatorDownloads$BadParameter",
					"a query parameter that cannot be read: 400"),
			Map.entry("se.trygghet.residentreport.Open311Controller$Open311Error",
					"an error in the format the Open311 GeoReport v2 specification prescribes"));

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.trygghet");

	private static final Pattern LITERAL_ZONE = Pattern
		.compile("(ZoneId\\.of|TimeZone\\.getTimeZone|ZoneId\\.systemDefault)\\s*\\(\\s*(\"|\\))");

	@Test
	void refusesDomainRulesWithTheOneRefusalType() {
		List<String> others = MAIN.stream()
			.filter(c -> c.isAssignableTo(RuntimeException.class))
			.filter(c -> !c.isEquivalentTo(Refusal.class))
			.filter(c -> !TECHNICAL_FAILURES.containsKey(c.getName()))
			.filter(c -> !notYetConverted(c))
			.map(JavaClass::getName)
			.toList();
		assertThat(others).as("exception types besides system's Refusal: refuse a domain rule with Refusal, or list a "
				+ "technical failure in TECHNICAL_FAILURES with why it is not a refusal").isEmpty();
	}

	@Test
	void takesTheMunicipalitysTimeZoneFromThePlatformClock() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path root : mainSourceRoots()) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					String relative = root.relativize(file).toString().replace('\\', '/');
					if (relative.startsWith("se/trygghet/system/") || notYetConverted(relative)) {
						continue;
					}
					List<String> lines = Files.readAllLines(file);
					for (int i = 0; i < lines.size(); i++) {
						if (LITERAL_ZONE.matcher(lines.get(i)).find()) {
							found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
						}
					}
				}
			}
		}
		assertThat(found).as("a time zone written into a module: take clock.getZone() from the injected Clock")
			.isEmpty();
	}

	@Test
	void auditsEveryEventThroughAnAuditedEntry() {
		List<String> handWritten = MAIN.stream()
			.filter(c -> !c.isInterface() && c.isAssignableTo(Audited.class))
			.filter(c -> !c.isAssignableTo(AuditedEntry.class))
			.filter(c -> !notYetConverted(c))
			.map(JavaClass::getName)
			.toList();
		assertThat(handWritten).as("audited events that answer the audit log method by method: state one Entry")
			.isEmpty();
	}

	/**
	 * Posted records that are not a form shown again with its errors, each with why: nothing a person typed is lost
	 * there, so there is nothing to keep beside a field.
	 */
	static final Map<String, String> POSTED_RECORDS_NOT_FORMS = Map.of(
			"se.trygghet.indicator.FileImportController.processMappingForm",
			"the column choices for an uploaded file: its problems are rows of the import's problem table",
			"se.trygghet.followup.FollowUpController.autosave",
			"htmx autosave of the report being written: answers a status line, the form stays as it is",
			"se.trygghet.collaboration.SurveyController.move",
			"a state button with the version the page was shown at: answered by a redirect with a message",
			"se.trygghet.collaboration.PromiseController.publish",
			"a publish button with the version the page was shown at: answered by a redirect with a message");

	@Test
	void bindsEveryPostedFormThroughFormsErrors() {
		List<String> found = MAIN.stream()
			.flatMap(c -> c.getMethods().stream())
			.filter(m -> m.isAnnotatedWith(PostMapping.class))
			.filter(m -> m.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(BindingResult.class)))
			.filter(m -> !POSTED_RECORDS_NOT_FORMS.containsKey(m.getOwner().getName() + "." + m.getName()))
			.filter(m -> m.getMethodCallsFromSelf()
				.stream()
				.noneMatch(call -> call.getTargetOwner().isEquivalentTo(Forms.class)
						&& call.getName().equals("errors")))
			.map(m -> m.getFullName())
			.toList();
		assertThat(found).as("a posted form starts with Forms.errors, which keeps what was typed and shows every "
				+ "error beside its field").isEmpty();
	}

	/** A form bound to a form object, from its start tag to its end. */
	private static final Pattern BOUND_FORM = Pattern.compile("<form\\b[^>]*th:object[^>]*>.*?</form>", Pattern.DOTALL);

	@Test
	void showsEveryFormsErrorsInTheOneSummaryAtItsTop() throws IOException {
		List<String> found = new ArrayList<>();
		Path templates = Path.of("src/main/resources/templates");
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String relative = templates.relativize(file).toString().replace('\\', '/');
				if (relative.equals("fragments/forms.html")
						|| MODULES_NOT_YET_CONVERTED.stream().anyMatch(m -> relative.startsWith(m + "/"))) {
					continue;
				}
				String html = Files.readString(file);
				if (html.contains("#fields.globalErrors()") || html.contains("#fields.detailedErrors()")) {
					found.add(relative + ": lists the errors itself");
				}
				java.util.regex.Matcher form = BOUND_FORM.matcher(html);
				while (form.find()) {
					if (!form.group().contains("~{fragments/forms :: globalErrors}")) {
						found.add(relative + ": a form without the error summary, "
								+ form.group().substring(0, Math.min(120, form.group().length())));
					}
				}
			}
		}
		assertThat(found).as("a form shows its errors through fragments/forms :: globalErrors").isEmpty();
	}

	/**
	 * Templates read view records through SpEL, which compiles a read to bytecode only when the record and its accessor
	 * are public; otherwise every read is interpreted, reflectively, on every render (a third of a start page's
	 * template time, docs/BENCHMARKS.md). A record nested in a package-private class is therefore public: it reaches no
	 * further than the package either way.
	 */
	@Test
	void declaresRecordsNestedInPackagePrivateClassesPublicSoTemplatesReadThemCompiled() {
		List<String> found = MAIN.stream()
			.filter(JavaClass::isRecord)
			.filter(JavaClass::isMemberClass)
			.filter(c -> !c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getModifiers().contains(JavaModifier.PRIVATE)
					&& !c.getModifiers().contains(JavaModifier.PROTECTED))
			.filter(c -> c.getEnclosingClass()
				.map(outer -> !outer.getModifiers().contains(JavaModifier.PUBLIC) && !outer.isInterface())
				.orElse(false))
			.map(JavaClass::getName)
			.toList();
		assertThat(found).as("package-private records nested in package-private classes: declare them public").isEmpty();
	}

	private static boolean notYetConverted(JavaClass type) {
		return MODULES_NOT_YET_CONVERTED.stream().anyMatch(m -> type.getPackageName().startsWith("se.trygghet." + m));
	}

	private static boolean notYetConverted(String sourcePath) {
		return MODULES_NOT_YET_CONVERTED.stream().anyMatch(m -> sourcePath.startsWith("se/trygghet/" + m + "/"));
	}

	/** Every folder of production sources (demo code may live beside the main sources). */
	private static List<Path> mainSourceRoots() throws IOException {
		try (Stream<Path> folders = Files.list(Path.of("src"))) {
			return folders.filter(f -> !f.getFileName().toString().equals("test"))
				.map(f -> f.resolve("java"))
				.filter(Files::isDirectory)
				.toList();
		}
	}

}
