package se.trygghet.area;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * On start, makes sure the platform's municipality exists as an area (Västerås, kommunkod 1980, by default; real
 * data, without a boundary). With {@code app.area.demo-file} set, as the demo profile does, it also loads that file
 * once: invented boundaries for a handful of real stadsdelar, each marked as demo data; and with
 * {@code app.area.demo-addresses} an address register of invented points on real street names, also marked demo, when
 * the register is empty.
 */
@Component
@Order(20)
class AreaBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AreaBootstrap.class);

	private final AreaImport areaImport;

	private final Areas areas;

	private final ResourceLoader resources;

	private final String municipalityCode;

	private final String municipalityName;

	private final String demoFile;

	private final AddressImport addressImport;

	private final String demoAddresses;

	/** Extra invented areas for the benchmark's data volume (benchmarks/run.sh sets it); loaded on every start. */
	private final String benchmarkFile;

	AreaBootstrap(AreaImport areaImport, Areas areas, ResourceLoader resources,
			@Value("${app.area.municipality.code:1980}") String municipalityCode,
			@Value("${app.area.municipality.name:Västerås}") String municipalityName,
			@Value("${app.area.demo-file:}") String demoFile,
			@Value("${app.area.benchmark-file:}") String benchmarkFile, AddressImport addressImport,
			@Value("${app.area.demo-addresses:}") String demoAddresses) {
		this.areaImport = areaImport;
		this.areas = areas;
		this.resources = resources;
		this.municipalityCode = municipalityCode;
		this.municipalityName = municipalityName;
		this.demoFile = demoFile;
		this.benchmarkFile = benchmarkFile;
		this.addressImport = addressImport;
		this.demoAddresses = demoAddresses;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		areaImport.registerMunicipality(municipalityCode, municipalityName, "SCB kommunkod");
		if (!demoFile.isBlank() && !areas.anyDemo()) {
			load(demoFile);
		}
		if (!benchmarkFile.isBlank()) {
			load(benchmarkFile);
		}
		if (!demoAddresses.isBlank() && addressImport.summary().isEmpty()) {
			loadDemoAddresses();
		}
	}

	/** The demo address register (after the areas, which decide what lies inside the municipality). */
	void loadDemoAddresses() throws IOException {
		byte[] content;
		try (InputStream in = resources.getResource(demoAddresses).getInputStream()) {
			content = in.readAllBytes();
		}
		AddressImport.Outcome outcome = addressImport.importShipped(content, "demo");
		if (!outcome.imported()) {
			throw new IllegalStateException("The demo addresses " + demoAddresses + " were refused: " + outcome.problems());
		}
		log.info("Loaded {} demo addresses and {} places from {}", outcome.addresses(), outcome.places(), demoAddresses);
	}

	private void load(String file) throws IOException {
		byte[] content;
		try (InputStream in = resources.getResource(file).getInputStream()) {
			content = in.readAllBytes();
		}
		AreaImport.Outcome outcome = areaImport.importShipped(content, municipalityCode, "demo");
		if (!outcome.imported()) {
			throw new IllegalStateException("The demo areas " + file + " were refused: " + outcome.problems());
		}
		log.info("Loaded {} demo areas from {}", outcome.created() + outcome.updated(), file);
	}

}
