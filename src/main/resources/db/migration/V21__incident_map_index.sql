-- The incident clusters of a map view (situation.IncidentClusters) filter by the view's box in WGS84 and group on
-- the SWEREF 99 TM grid. With everything the query reads in the index, a zoomed-in view of a year with a million
-- incidents is answered from a narrow slice of the index without visiting the table.
create index incident_map_ix on incident (municipality, longitude, latitude)
    include (east, north, occurred_at, category, severity, area_id, demo)
    where east is not null;
