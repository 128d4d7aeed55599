-- The hot-spot map and the weekly situation picture count incidents of a period: a year of a million incidents for
-- the map, a week and its comparison periods for the picture. With the columns they group by in the index, both are
-- answered from the index alone (an index-only scan once the table is vacuumed), without visiting the table's rows.
-- It replaces the plain (municipality, occurred_at) index of V14, which it covers.
create index incident_period_ix on incident (municipality, occurred_at) include (category, area_id, east, north, demo);
drop index incident_time_ix;
