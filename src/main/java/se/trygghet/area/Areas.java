package se.trygghet.area;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Areas as stored: the boundary as WKB in SWEREF 99 TM with its bounding box beside it. */
@Repository
class Areas {

	private final JdbcClient jdbc;

	Areas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Area> byId(AreaId id) {
		return jdbc.sql("select * from area where id = :id").param("id", id.value()).query(Areas::map).optional();
	}

	Optional<Area> byKey(String municipality, AreaLevel level, String code) {
		return jdbc.sql("select * from area where municipality = :m and level = :l and code = :c")
			.param("m", municipality)
			.param("l", level.name())
			.param("c", code)
			.query(Areas::map)
			.optional();
	}

	List<Area> inMunicipality(String municipality) {
		return jdbc.sql("select * from area where municipality = :m").param("m", municipality).query(Areas::map).list();
	}

	List<Area> all() {
		return jdbc.sql("select * from area").query(Areas::map).list();
	}

	boolean anyDemo() {
		return jdbc.sql("select exists (select 1 from area where demo)").query(Boolean.class).single();
	}

	void insert(Area area, Instant now) {
		jdbc.sql("""
				insert into area (id, municipality, parent_id, level, code, name, geometry, min_e, min_n, max_e, max_n,
				                  source, demo, imported_at)
				values (:id, :municipality, :parent, :level, :code, :name, :geometry, :minE, :minN, :maxE, :maxN,
				        :source, :demo, :now)
				""")
			.params(changeable(area, now))
			.param("municipality", area.municipality())
			.param("level", area.level().name())
			.param("code", area.code())
			.update();
	}

	void update(Area area, Instant now) {
		int updated = jdbc.sql("""
				update area set parent_id = :parent, name = :name, geometry = :geometry, min_e = :minE, min_n = :minN,
				       max_e = :maxE, max_n = :maxN, source = :source, demo = :demo, imported_at = :now,
				       version = version + 1
				 where id = :id and version = :version
				""")
			.params(changeable(area, now))
			.param("version", area.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Area " + area.code() + " was changed by someone else");
		}
	}

	/** What an import may change of an area, as parameters; the boundary as WKB with its bounding box. */
	private static Map<String, @Nullable Object> changeable(Area area, Instant now) {
		Geometry geometry = area.geometry();
		Envelope box = geometry == null ? null : geometry.getEnvelopeInternal();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", area.id().value());
		params.put("parent", area.parent() == null ? null : area.parent().value());
		params.put("name", area.name());
		params.put("geometry", geometry == null ? null : new WKBWriter().write(geometry));
		params.put("minE", box == null ? null : box.getMinX());
		params.put("minN", box == null ? null : box.getMinY());
		params.put("maxE", box == null ? null : box.getMaxX());
		params.put("maxN", box == null ? null : box.getMaxY());
		params.put("source", area.source());
		params.put("demo", area.demo());
		params.put("now", Timestamp.from(now));
		return params;
	}

	/** The revision every node's spatial index is keyed by. */
	long revision() {
		return jdbc.sql("select revision from area_revision").query(Long.class).single();
	}

	/** Called in the transaction of every change, so the change and the new revision commit together. */
	void bumpRevision() {
		jdbc.sql("update area_revision set revision = revision + 1").update();
	}

	private static Area map(ResultSet rs, int row) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		byte[] wkb = rs.getBytes("geometry");
		Geometry geometry = null;
		if (wkb != null) {
			try {
				geometry = new WKBReader(Projections.SWEREF).read(wkb);
				geometry.setSRID(Projections.SWEREF99TM);
			}
			catch (ParseException ex) {
				throw new SQLException("Unreadable boundary of area " + rs.getString("id"), ex);
			}
		}
		return new Area(new AreaId(rs.getObject("id", UUID.class)), rs.getString("municipality"),
				AreaLevel.valueOf(rs.getString("level")), rs.getString("code"), rs.getString("name"),
				parent == null ? null : new AreaId(parent), geometry, rs.getString("source"), rs.getBoolean("demo"),
				rs.getInt("version"));
	}

}
