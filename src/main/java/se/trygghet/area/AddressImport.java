package se.trygghet.area;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the address register from a file ({@link AddressFileReader}). Every row is checked first, its point
 * inside the municipality included; a file with any problem writes nothing, and one without replaces the whole
 * register in one transaction, so a search sees either the old register or the new one.
 */
@Service
class AddressImport {

	private final AddressRegister register;

	private final AreaCatalog areas;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final String municipality;

	AddressImport(AddressRegister register, AreaCatalog areas, Clock clock, ApplicationEventPublisher events,
			@Value("${app.area.municipality.code:1980}") String municipality) {
		this.register = register;
		this.areas = areas;
		this.clock = clock;
		this.events = events;
		this.municipality = municipality;
	}

	/** The rows imported, or the problems that kept the file out (at most {@link AddressFileReader#MAX_PROBLEMS}). */
	public record Outcome(int addresses, int places, List<AddressFileReader.Problem> problems, int problemCount) {

		boolean imported() {
			return problems.isEmpty();
		}

	}

	/** An upload by a coordinator or administrator. */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	Outcome importUpload(byte[] content, String source) {
		return importFile(content, source, false);
	}

	/** The demo register the demo profile ships, loaded on start when the register is empty. */
	@Transactional
	Outcome importShipped(byte[] content, String source) {
		return importFile(content, source, true);
	}

	Optional<AddressRegister.Summary> summary() {
		return register.summary();
	}

	private Outcome importFile(byte[] content, String source, boolean demo) {
		AddressFileReader.Result read = AddressFileReader.read(content);
		if (!read.ok()) {
			return new Outcome(0, 0, read.problems(), read.problemCount());
		}
		List<AddressFileReader.Problem> outside = new ArrayList<>();
		int outsideCount = 0;
		for (AddressFileReader.Row row : read.rows()) {
			if (!areas.withinMunicipality(municipality, row.entry().point())) {
				outsideCount++;
				if (outside.size() < AddressFileReader.MAX_PROBLEMS) {
					outside.add(new AddressFileReader.Problem(row.row(), "address.row.outside", row.entry().label()));
				}
			}
		}
		if (!outside.isEmpty()) {
			return new Outcome(0, 0, outside, outsideCount);
		}
		List<AddressRegister.Entry> entries = read.rows().stream().map(AddressFileReader.Row::entry).toList();
		register.replace(entries, source, demo, clock.instant());
		int places = (int) entries.stream().filter(AddressRegister.Entry::place).count();
		events.publishEvent(
				new AreaEvents.AddressesImported(municipality, source, entries.size() - places, places, demo));
		return new Outcome(entries.size() - places, places, List.of(), 0);
	}

}
