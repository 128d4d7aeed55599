package se.trygghet.plan;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * On first start, loads the plan file named by {@code app.plan.bootstrap} (by default Västerås' plan 2021–2023, which
 * ships in the repository) through the same validating import an administrator uses. Nothing happens when a plan with
 * that key exists, so edits made in the platform are never overwritten. Set the property empty to start with no plan.
 */
@Component
@Order(10)
class PlanBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanBootstrap.class);

	private final PlanImport planImport;

	private final ResourceLoader resources;

	private final String location;

	PlanBootstrap(PlanImport planImport, ResourceLoader resources,
			@Value("${app.plan.bootstrap:}") String location) {
		this.planImport = planImport;
		this.resources = resources;
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (location.isBlank()) {
			return;
		}
		Resource resource = resources.getResource(location);
		byte[] content;
		try (InputStream in = resource.getInputStream()) {
			content = in.readAllBytes();
		}
		PlanFileReader.Result read = PlanFileReader.read(content);
		if (!read.ok()) {
			throw new IllegalStateException("The bootstrap plan " + location + " is invalid: " + read.problems());
		}
		if (planImport.keyTaken(read.document().plan().key())) {
			return;
		}
		PlanImport.Outcome outcome = planImport.importFile(content);
		if (!outcome.imported()) {
			throw new IllegalStateException("The bootstrap plan " + location + " was refused: " + outcome.problems());
		}
		log.info("Loaded plan '{}' from {}", read.document().plan().name(), location);
	}

}
