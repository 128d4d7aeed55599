-- The weekly situation picture counts incidents per area and category of a week and of its comparison periods (the
-- four weeks before, the same week a year earlier); with those columns in the index each period is one index-only
-- range scan (once the table is vacuumed) instead of a visit to every counted row. demo is there for the picture's
-- "any demo data?" question. It replaces the plain (municipality, occurred_at) index of V14, which it covers.
-- The hot-spot map over a year reads most of the table, which a sequential scan does best; east and north are left
-- out, as they would make the index nearly as large as the table (measured: 134 MB beside 196 MB for 1M rows).
create index incident_period_ix on incident (municipality, occurred_at) include (category, area_id, demo);
drop index incident_time_ix;
