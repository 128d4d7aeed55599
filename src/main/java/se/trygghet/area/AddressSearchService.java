package se.trygghet.area;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@link AddressSearch}: the outside geocoder first when one is configured (only its places inside the municipality),
 * then the register to fill the list; a geocoder that fails is passed over without a word to the resident.
 */
@Service
class AddressSearchService implements AddressSearch {

	private static final Logger log = LoggerFactory.getLogger(AddressSearchService.class);

	private final AddressRegister register;

	private final Geocoder geocoder;

	private final AreaCatalog areas;

	private final String municipality;

	AddressSearchService(AddressRegister register, Geocoder geocoder, AreaCatalog areas,
			@Value("${app.area.municipality.code:1980}") String municipality) {
		this.register = register;
		this.geocoder = geocoder;
		this.areas = areas;
		this.municipality = municipality;
	}

	@Override
	public List<Match> search(String query) {
		if (!AddressSearch.searchable(query)) {
			return List.of();
		}
		List<Match> found = new ArrayList<>(outside(query.strip()));
		Set<String> labels = new HashSet<>();
		found.forEach(m -> labels.add(m.label().toLowerCase(Locale.ROOT)));
		for (Match match : register.search(AddressRegister.key(query), LIMIT)) {
			if (found.size() < LIMIT && labels.add(match.label().toLowerCase(Locale.ROOT))) {
				found.add(match);
			}
		}
		return found;
	}

	private List<Match> outside(String query) {
		if (!geocoder.enabled()) {
			return List.of();
		}
		try {
			return geocoder.find(query, LIMIT)
				.stream()
				.filter(f -> inside(f.point()))
				.map(f -> new Match(f.label(), f.point(), false))
				.toList();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The geocoder failed, the address register answers alone: {}", ex.toString());
			return List.of();
		}
	}

	private boolean inside(Wgs84Point point) {
		try {
			return areas.withinMunicipality(municipality, point.toSweref99());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
