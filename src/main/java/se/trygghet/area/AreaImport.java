package se.trygghet.area;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads areas from a GeoJSON file into a municipality. Everything is checked first; a file with any problem writes
 * nothing. An area that exists already (same level and code) keeps its id and gets the file's name, boundary and
 * parent, so a new edition of, say, DeSO replaces the old boundaries without breaking what refers to the areas.
 * Areas of the same level under the same parent must not overlap, neither each other nor the stored ones the file
 * leaves as they are ({@link SiblingOverlaps}).
 */
@Service
class AreaImport {

	private final Areas areas;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AreaImport(Areas areas, Clock clock, ApplicationEventPublisher events) {
		this.areas = areas;
		this.clock = clock;
		this.events = events;
	}

	public record Outcome(int created, int updated, List<AreaFileProblem> problems) {

		boolean imported() {
			return problems.isEmpty();
		}

	}

	/** An upload by a coordinator or administrator. */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	Outcome importUpload(byte[] content, String municipality, AreaFileReader.SourceCrs crs, String source) {
		return importFile(content, municipality, crs, source);
	}

	/** A file the platform itself ships, loaded on start. */
	@Transactional
	Outcome importShipped(byte[] content, String municipality, String source) {
		return importFile(content, municipality, AreaFileReader.SourceCrs.WGS84, source);
	}

	/** Makes sure the municipality itself exists as an area (without a boundary, which may come later). */
	@Transactional
	void registerMunicipality(String code, String name, String source) {
		if (areas.byKey(code, AreaLevel.KOMMUN, code).isPresent()) {
			return;
		}
		areas.insert(Area.define(code, AreaLevel.KOMMUN, code, name, null, source, false), clock.instant());
		areas.bumpRevision();
		events.publishEvent(new AreaEvents.AreasImported(code, source, 1, 0, false));
	}

	private Outcome importFile(byte[] content, String municipality, AreaFileReader.SourceCrs crs, String source) {
		Map<AreaFileReader.Key, Area> existing = new HashMap<>();
		if (municipality.matches("[0-9]{4}")) {
			for (Area area : areas.inMunicipality(municipality)) {
				existing.put(new AreaFileReader.Key(area.level(), area.code()), area);
			}
		}
		AreaFileReader.Result read = AreaFileReader.read(content, municipality, crs, existing.keySet());
		if (!read.ok()) {
			return new Outcome(0, 0, read.problems());
		}
		List<AreaFileProblem> overlaps = SiblingOverlaps.find(siblings(read.features(), existing))
			.stream()
			.map(SiblingOverlaps.Overlap::problem)
			.toList();
		if (!overlaps.isEmpty()) {
			return new Outcome(0, 0, overlaps);
		}
		Instant now = clock.instant();
		int created = 0;
		int updated = 0;
		boolean demo = false;
		// coarse levels first, so every parent is written before its children
		List<AreaFileReader.Feature> features = read.features()
			.stream()
			.sorted(Comparator.comparing(f -> f.key().level()))
			.toList();
		for (AreaFileReader.Feature feature : features) {
			String featureSource = feature.source() == null ? source : feature.source();
			Area area = existing.get(feature.key());
			boolean isNew = area == null;
			if (isNew) {
				area = Area.define(municipality, feature.key().level(), feature.key().code(), feature.name(),
						feature.geometry(), featureSource, feature.demo());
			}
			else {
				area.reshape(feature.name(), feature.geometry(), featureSource, feature.demo());
			}
			area.placeUnder(feature.parent() == null ? null : existing.get(feature.parent()));
			if (isNew) {
				areas.insert(area, now);
				existing.put(feature.key(), area);
				created++;
			}
			else {
				areas.update(area, now);
				updated++;
			}
			demo |= feature.demo();
		}
		areas.bumpRevision();
		events.publishEvent(new AreaEvents.AreasImported(municipality, source, created, updated, demo));
		return new Outcome(created, updated, List.of());
	}

	/**
	 * The file's areas with a boundary, and the stored ones the file leaves as they are, each in the group (level and
	 * parent) it will have after the import.
	 */
	private static List<SiblingOverlaps.Sibling> siblings(List<AreaFileReader.Feature> features,
			Map<AreaFileReader.Key, Area> existing) {
		List<SiblingOverlaps.Sibling> siblings = new ArrayList<>();
		Set<AreaFileReader.Key> inFile = new HashSet<>();
		for (AreaFileReader.Feature feature : features) {
			inFile.add(feature.key());
			if (feature.geometry() != null) {
				siblings.add(new SiblingOverlaps.Sibling(feature.index(), feature.name(),
						new SiblingOverlaps.Group(feature.key().level(), feature.parent()), feature.geometry()));
			}
		}
		Map<AreaId, AreaFileReader.Key> keys = new HashMap<>();
		existing.forEach((key, area) -> keys.put(area.id(), key));
		existing.forEach((key, area) -> {
			if (!inFile.contains(key) && area.geometry() != null) {
				AreaFileReader.Key parent = area.parent() == null ? null : keys.get(area.parent());
				siblings.add(new SiblingOverlaps.Sibling(null, area.name(),
						new SiblingOverlaps.Group(key.level(), parent), area.geometry()));
			}
		});
		return siblings;
	}

}
