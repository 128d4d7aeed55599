package se.trygghet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Trygghetsplattformen: the platform on which a municipality plans, follows up and reports its safety and
 * crime-prevention work. Each direct sub-package is one application module; see docs/ARCHITECTURE.md.
 */
@SpringBootApplication
@Modulithic(sharedModules = "system")
public class TrygghetsplattformenApplication {

	public static void main(String[] args) {
		SpringApplication.run(TrygghetsplattformenApplication.class, args);
	}

}
