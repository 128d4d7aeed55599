package se.trygghet.indicator;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.indicator.IndicatorCatalog.Category;
import se.trygghet.indicator.IndicatorCatalog.Option;

/** The categories values are broken down by, and their options, in their order. */
@Repository
class Categories {

	private final JdbcClient jdbc;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Category> all() {
		record Row(String key, String name, String nameEn, boolean builtIn, String option, String optionName,
				String optionNameEn) {
		}
		List<Row> rows = jdbc.sql("""
				select c.key, c.name, c.name_en, c.built_in, o.key as option, o.name as option_name,
				       o.name_en as option_name_en
				  from indicator_category c join indicator_category_option o on o.category_key = c.key
				 order by c.position, c.key, o.position, o.key
				""")
			.query((rs, n) -> new Row(rs.getString("key"), rs.getString("name"), rs.getString("name_en"),
					rs.getBoolean("built_in"), rs.getString("option"), rs.getString("option_name"),
					rs.getString("option_name_en")))
			.list();
		Map<String, List<Row>> byCategory = new LinkedHashMap<>();
		rows.forEach(row -> byCategory.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
		return byCategory.values()
			.stream()
			.map(options -> {
				Row first = options.get(0);
				return new Category(first.key(), first.name(), first.nameEn(), first.builtIn(),
						options.stream().map(o -> new Option(o.option(), o.optionName(), o.optionNameEn())).toList());
			})
			.toList();
	}

	boolean exists(String key) {
		return jdbc.sql("select exists (select 1 from indicator_category where key = :key)")
			.param("key", key)
			.query(Boolean.class)
			.single();
	}

	void insert(Category category, Instant now) {
		jdbc.sql("""
				insert into indicator_category (key, name, name_en, position, built_in, created_at)
				values (:key, :name, :nameEn, (select coalesce(max(position), 0) + 1 from indicator_category), false, :now)
				""")
			.param("key", category.key())
			.param("name", category.name())
			.param("nameEn", category.nameEn())
			.param("now", Timestamp.from(now))
			.update();
		int position = 0;
		for (Option option : category.options()) {
			jdbc.sql("""
					insert into indicator_category_option (category_key, key, name, name_en, position)
					values (:category, :key, :name, :nameEn, :position)
					""")
				.param("category", category.key())
				.param("key", option.key())
				.param("name", option.name())
				.param("nameEn", option.nameEn())
				.param("position", position++)
				.update();
		}
	}

}
