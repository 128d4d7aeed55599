package se.trygghet.area;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code address_point} and the one row of {@code address_register} saying what it holds. */
@Repository
class AddressRegister {

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AddressRegister(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** An address or named place (no number) as stored: its point in SWEREF 99 TM. */
	public record Entry(String street, @Nullable String number, @Nullable String postcode, @Nullable String locality,
			Sweref99Point point) {

		boolean place() {
			return number == null;
		}

		/** "Stora gatan 12, 722 15 Västerås" or "Stora torget, Västerås". */
		String label() {
			StringBuilder label = new StringBuilder(street);
			if (number != null) {
				label.append(' ').append(number);
			}
			String where = ((postcode == null ? "" : postcode + " ") + (locality == null ? "" : locality)).strip();
			if (!where.isEmpty()) {
				label.append(", ").append(where);
			}
			return label.toString();
		}

		@Nullable
		Integer numberSort() {
			if (number == null) {
				return null;
			}
			String digits = number.replaceFirst("^(\\d{1,9}).*$", "$1");
			return digits.matches("\\d+") ? Integer.valueOf(digits) : null;
		}

	}

	/** What the register holds now. */
	public record Summary(String source, Instant importedAt, int addresses, int places, boolean demo) {
	}

	/**
	 * Text folded for matching: lower case, accents dropped (å, ä → a, ö → o, é → e), and nothing but letters a–z and
	 * digits kept, so spaces, hyphens and punctuation do not matter.
	 */
	static String key(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder key = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				key.append(c);
			}
		}
		return key.toString();
	}

	/**
	 * The entries whose street and number start with the key (from {@link #key}): an exact match first, then places
	 * before addresses, then by street and number in their natural order.
	 */
	List<AddressSearch.Match> search(String key, int limit) {
		// a prefix as a range in the index's own (bytewise) order: every key holds only [a-z0-9], so all keys starting
		// with the typed one lie from it up to it followed by '{', the byte after 'z'; unlike LIKE with a parameter,
		// the range keeps the index in a prepared statement's generic plan
		return jdbc.sql("""
				select label, east, north, demo from address_point
				 where search_key ~>=~ :key and search_key ~<~ :upper
				 order by search_key = :key desc, number is not null, street, number_sort nulls first, number, label
				 limit :limit
				""")
			.param("key", key)
			.param("upper", key + "{")
			.param("limit", limit)
			.query((rs, n) -> new AddressSearch.Match(rs.getString(1),
					new Sweref99Point(rs.getDouble(2), rs.getDouble(3)).toWgs84(), rs.getBoolean(4)))
			.list();
	}

	/** Replaces the whole register with these entries (in the caller's transaction). */
	void replace(List<Entry> entries, String source, boolean demo, Instant now) {
		jdbc.sql("delete from address_point").update();
		for (int from = 0; from < entries.size(); from += BATCH) {
			List<Object[]> batch = entries.subList(from, Math.min(entries.size(), from + BATCH))
				.stream()
				.map(e -> new Object[] { e.street(), e.number(), e.postcode(), e.locality(), e.label(),
						key(e.street() + (e.number() == null ? "" : e.number())), e.numberSort(), e.point().east(),
						e.point().north(), demo })
				.toList();
			template.batchUpdate("""
					insert into address_point (street, number, postcode, locality, label, search_key, number_sort,
					                           east, north, demo)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", batch);
		}
		int places = (int) entries.stream().filter(Entry::place).count();
		jdbc.sql("""
				insert into address_register (id, source, imported_at, addresses, places, demo)
				values (1, :source, :at, :addresses, :places, :demo)
				on conflict (id) do update set source = excluded.source, imported_at = excluded.imported_at,
				    addresses = excluded.addresses, places = excluded.places, demo = excluded.demo
				""")
			.param("source", source)
			.param("at", Timestamp.from(now))
			.param("addresses", entries.size() - places)
			.param("places", places)
			.param("demo", demo)
			.update();
	}

	Optional<Summary> summary() {
		return jdbc.sql("select source, imported_at, addresses, places, demo from address_register where id = 1")
			.query((rs, n) -> new Summary(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4),
					rs.getBoolean(5)))
			.optional();
	}

}
