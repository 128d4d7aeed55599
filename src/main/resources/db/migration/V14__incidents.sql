-- EST: incidents reported from the field, the categories they are sorted by, and the weekly situation picture's
-- written part. Incidents are about places, not people (see PersonalData); descriptions are cleared after a
-- retention time while the counts remain.
create table incident_category (
    code     text    primary key,
    name_sv  text    not null,
    name_en  text    not null,
    position int     not null,
    active   boolean not null default true
);
insert into incident_category (code, name_sv, name_en, position) values
    ('skadegorelse', 'Skadegörelse', 'Vandalism', 1),
    ('klotter', 'Klotter', 'Graffiti', 2),
    ('nedskrapning', 'Nedskräpning', 'Littering', 3),
    ('brand', 'Brand', 'Fire', 4),
    ('fordonsbrand', 'Fordonsbrand', 'Vehicle fire', 5),
    ('ordningsstorning', 'Stökiga grupper/ordningsstörning', 'Rowdy groups/public disorder', 6),
    ('narkotika', 'Misstänkt narkotikahantering', 'Suspected drug dealing', 7),
    ('otrygg-plats', 'Otrygg plats (belysning, sly)', 'Unsafe place (lighting, overgrowth)', 8),
    ('hot-vald', 'Hot/våld', 'Threats/violence', 9),
    ('ovrigt', 'Övrigt', 'Other', 10);

create table incident (
    id                     uuid             primary key,
    municipality           text             not null,
    category               text             not null references incident_category (code),
    occurred_at            timestamptz      not null,
    -- where: WGS84 as entered or received, SWEREF 99 TM for the statistics; both null when only the municipality
    -- is known (Polisen's feed gives the municipality's centre, which must never be drawn as a place)
    latitude               double precision,
    longitude              double precision,
    east                   double precision,
    north                  double precision,
    area_id                uuid             references area (id),
    organisation           text             not null,
    reporter_role          text,
    severity               smallint         not null check (severity between 1 and 3),
    description            text,
    description_cleared_at timestamptz,
    source                 text             not null check (source in ('FORM', 'FILE', 'API', 'POLISEN', 'DEMO')),
    external_id            text,
    reported_by            text             not null,
    reported_at            timestamptz      not null,
    demo                   boolean          not null default false,
    check ((latitude is null) = (east is null)),
    unique (source, external_id)
);
create index incident_time_ix on incident (municipality, occurred_at);
create index incident_area_time_ix on incident (area_id, occurred_at);
create index incident_reporter_ix on incident (reported_by, reported_at desc);

-- What the EST group wrote for a week: its assessment and the places to focus on next week.
create table situation_week (
    municipality text        not null,
    iso_week     text        not null check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    assessment   text,
    focus_places text,
    updated_by   text        not null,
    updated_at   timestamptz not null,
    version      int         not null default 0,
    primary key (municipality, iso_week)
);
