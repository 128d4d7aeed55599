-- Areas: a municipality and its parts, from coarse to fine
--   KOMMUN          the municipality itself (code: SCB's four-digit kommunkod, e.g. 1980 Västerås)
--   KOMMUNDEL       a part with its own committee or tätort, e.g. Skultuna, or a RegSO
--   STADSDEL        a district (stadsdel), e.g. Bäckby; a municipality's own key code areas (NYKO) often sit here
--   STATISTIKOMRADE a small statistical area, e.g. an SCB DeSO or a fine NYKO level
--   OVRIGT          any other named place the work follows, e.g. a square or a travel centre
-- A parent is always of a coarser level (checked in the domain). Geometry is SWEREF 99 TM (EPSG:3006) as WKB, with
-- its bounding box beside it for prefiltering; an area may have no geometry. All spatial maths is done in Java.
create table area (
    id           uuid        primary key,
    municipality text        not null check (municipality ~ '^[0-9]{4}$'),
    parent_id    uuid        references area (id),
    level        text        not null check (level in ('KOMMUN', 'KOMMUNDEL', 'STADSDEL', 'STATISTIKOMRADE', 'OVRIGT')),
    code         text        not null check (length(code) between 1 and 64),
    name         text        not null check (length(name) between 1 and 200),
    geometry     bytea,
    min_e        double precision,
    min_n        double precision,
    max_e        double precision,
    max_n        double precision,
    -- where the boundary comes from (e.g. "SCB DeSO 2025"); demo polygons are invented and say so
    source       text        not null,
    demo         boolean     not null,
    imported_at  timestamptz not null,
    version      int         not null default 0,
    unique (municipality, level, code),
    check (parent_id is null or parent_id <> id),
    check ((geometry is null) = (min_e is null) and (min_e is null) = (min_n is null)
           and (min_n is null) = (max_e is null) and (max_e is null) = (max_n is null))
);
create index area_parent_ix on area (parent_id);
create index area_bbox_ix on area (min_e, max_e, min_n, max_n);

-- Bumped in the same transaction as every change to any area; each node rebuilds its spatial index when it moves.
create table area_revision (
    singleton boolean primary key default true check (singleton),
    revision  bigint  not null
);
insert into area_revision (singleton, revision) values (true, 0);
