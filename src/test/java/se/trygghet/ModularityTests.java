package se.trygghet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Reads every class of the platform (ArchUnit, about half a minute): in the integration-test lane, not the fast one. */
@Tag("architecture")
class ModularityTests {

	ApplicationModules modules = ApplicationModules.of(TrygghetsplattformenApplication.class);

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws Exception {
		Path out = Path.of("target", "spring-modulith-docs");
		Files.deleteIfExists(out.resolve("components.puml"));
		new Documenter(modules, out.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(out.resolve("components.puml")).content().contains("Plan").contains("Identity").contains("System");
	}

}
