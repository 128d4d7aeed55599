package se.trygghet.cost;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores unit costs (each saved version also in their history) and the price index. */
@Repository
class UnitCosts {

	private final JdbcClient jdbc;

	UnitCosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored unit cost with the version it was read at, who saved it last and when. */
	public record Stored(UnitCost cost, int version, String updatedBy, Instant updatedAt) {
	}

	/** One value of the price index. */
	public record IndexValue(int year, BigDecimal value, String source, boolean demo) {
	}

	/** A past version of a unit cost. */
	public record Version(UnitCost cost, String changedBy, Instant changedAt) {
	}

	List<Stored> all() {
		return jdbc.sql("select * from unit_cost order by category, kind").query((rs, n) -> stored(rs)).list();
	}

	Optional<Stored> find(String category, CostKind kind) {
		return jdbc.sql("select * from unit_cost where category = :c and kind = :k")
			.param("c", category)
			.param("k", kind.name())
			.query((rs, n) -> stored(rs))
			.optional();
	}

	List<Version> history(String category, CostKind kind) {
		return jdbc.sql("select * from unit_cost_history where category = :c and kind = :k order by id desc")
			.param("c", category)
			.param("k", kind.name())
			.query((rs, n) -> new Version(cost(rs), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/**
	 * Writes the unit cost over the version it was read at (-1: none yet) and adds it to the history; false, and
	 * nothing written, when someone saved in between.
	 */
	boolean save(UnitCost cost, int version, String by, Instant at) {
		int written = (version < 0 ? jdbc.sql("""
				insert into unit_cost (category, kind, low, high, central, price_year, source, source_url, demo,
				                       updated_by, updated_at)
				values (:category, :kind, :low, :high, :central, :year, :source, :url, :demo, :by, :at)
				on conflict do nothing
				""") : jdbc.sql("""
				update unit_cost set low = :low, high = :high, central = :central, price_year = :year,
				       source = :source, source_url = :url, demo = :demo, updated_by = :by, updated_at = :at,
				       version = version + 1
				 where category = :category and kind = :kind and version = :version
				""").param("version", version))
			.params(params(cost, by, at))
			.update();
		if (written != 1) {
			return false;
		}
		jdbc.sql("""
				insert into unit_cost_history (category, kind, low, high, central, price_year, source, source_url,
				                               demo, changed_by, changed_at)
				values (:category, :kind, :low, :high, :central, :year, :source, :url, :demo, :by, :at)
				""").params(params(cost, by, at)).update();
		return true;
	}

	List<IndexValue> index() {
		return jdbc.sql("select year, value, source, demo from price_index order by year")
			.query((rs, n) -> new IndexValue(rs.getInt(1), rs.getBigDecimal(2), rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	void saveIndex(IndexValue value, String by, Instant at) {
		jdbc.sql("""
				insert into price_index (year, value, source, demo, updated_by, updated_at)
				values (:year, :value, :source, :demo, :by, :at)
				on conflict (year) do update set value = excluded.value, source = excluded.source,
				       demo = excluded.demo, updated_by = excluded.updated_by, updated_at = excluded.updated_at
				""")
			.param("year", value.year())
			.param("value", value.value())
			.param("source", value.source())
			.param("demo", value.demo())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Map<String, Object> params(UnitCost cost, String by, Instant at) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("category", cost.category());
		p.put("kind", cost.kind().name());
		p.put("low", cost.low());
		p.put("high", cost.high());
		p.put("central", cost.central());
		p.put("year", cost.priceYear());
		p.put("source", cost.source());
		p.put("url", cost.sourceUrl());
		p.put("demo", cost.demo());
		p.put("by", by);
		p.put("at", Timestamp.from(at));
		return p;
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		return new Stored(cost(rs), rs.getInt("version"), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static UnitCost cost(ResultSet rs) throws SQLException {
		return new UnitCost(rs.getString("category"), CostKind.valueOf(rs.getString("kind")), rs.getBigDecimal("low"),
				rs.getBigDecimal("high"), rs.getBigDecimal("central"), rs.getInt("price_year"), rs.getString("source"),
				rs.getString("source_url"), rs.getBoolean("demo"));
	}

}
