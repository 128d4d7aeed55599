-- A million incidents from one file must be written in under 30 s, and the per-row cost was in the foreign-key
-- triggers and the indexes (docs/BENCHMARKS.md, "Incidents at volume"):
-- * the category and the area of every incident are checked by IncidentReporting on every entry path (form, file,
--   partner API, demo) before it is written, categories are only ever deactivated and areas only created or
--   redrawn, never deleted; so the two foreign keys checked again, row by row, what was already known;
-- * the map's clusters now narrow the view by the SWEREF 99 TM box through incident_sweref_ix, so the wide covering
--   index on WGS84 coordinates (V21) no longer pays for itself on every write.
alter table incident drop constraint incident_category_fkey;
alter table incident drop constraint incident_area_id_fkey;
drop index incident_map_ix;
