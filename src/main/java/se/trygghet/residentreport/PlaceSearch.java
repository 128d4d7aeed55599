package se.trygghet.residentreport;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghet.area.AddressSearch;

/**
 * The report form's "Sök adress eller plats", open to everyone: the cheap checks first (a query too long or too short
 * is answered without touching the database), then the client's search allowance ({@link RateLimit#admitSearch}),
 * and only then the search itself.
 */
@Service
class PlaceSearch {

	private final AddressSearch addresses;

	private final RateLimit rateLimit;

	PlaceSearch(AddressSearch addresses, RateLimit rateLimit) {
		this.addresses = addresses;
		this.rateLimit = rateLimit;
	}

	enum Outcome {

		FOUND, TOO_SHORT, TOO_LONG, TOO_MANY

	}

	/** What a search answered: the query as typed (stripped), and the places found when it was searched. */
	public record Answer(Outcome outcome, String query, List<AddressSearch.Match> places) {
	}

	Answer find(@Nullable String query, String clientAddress) {
		String typed = query == null ? "" : query.strip();
		if (typed.length() > AddressSearch.MAX_QUERY) {
			return new Answer(Outcome.TOO_LONG, typed.substring(0, AddressSearch.MAX_QUERY), List.of());
		}
		if (!AddressSearch.searchable(typed)) {
			return new Answer(Outcome.TOO_SHORT, typed, List.of());
		}
		if (!rateLimit.admitSearch(clientAddress)) {
			return new Answer(Outcome.TOO_MANY, typed, List.of());
		}
		return new Answer(Outcome.FOUND, typed, addresses.search(typed));
	}

	long retryAfterSeconds() {
		return rateLimit.searchWindowSeconds();
	}

}
