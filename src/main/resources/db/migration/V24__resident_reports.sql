-- Residents' reports of unsafe places: categories, routing to committees, the reports and their public updates,
-- "same problem" followers, photos (the cleaned copy shown, the original kept internally until deleted), per-client
-- submission counts for the rate limit, and the API keys of Open311 partner apps.
create table resident_category (
    code     text    primary key,
    name_sv  text    not null,
    name_en  text    not null,
    position int     not null,
    active   boolean not null default true
);
insert into resident_category (code, name_sv, name_en, position) values
    ('belysning', 'Belysning', 'Lighting', 1),
    ('buskage', 'Buskage och sly', 'Bushes and overgrowth', 2),
    ('nedskrapning', 'Nedskräpning', 'Littering', 3),
    ('klotter', 'Klotter', 'Graffiti', 4),
    ('skadegorelse', 'Skadegörelse', 'Vandalism', 5),
    ('otrygg-passage', 'Otrygg passage eller tunnel', 'Unsafe passage or tunnel', 6),
    ('langning', 'Misstänkt langning eller narkotika', 'Suspected dealing or drugs', 7),
    ('ovrigt', 'Övrigt', 'Other', 8);

-- Which committee answers for a category, optionally only within an area (the most specific area wins). Committees
-- are named as in the plan: they are created when the plan is loaded, after this migration runs.
create table resident_routing (
    id             bigint generated always as identity primary key,
    category       text not null references resident_category (code),
    area_id        uuid references area (id),
    committee_name text not null
);
create unique index resident_routing_category_area on resident_routing (category, coalesce(area_id, '00000000-0000-0000-0000-000000000000'));
insert into resident_routing (category, committee_name) values
    ('belysning', 'Tekniska nämnden'),
    ('buskage', 'Tekniska nämnden'),
    ('nedskrapning', 'Tekniska nämnden'),
    ('klotter', 'Tekniska nämnden'),
    ('skadegorelse', 'Fastighetsnämnden'),
    ('otrygg-passage', 'Tekniska nämnden'),
    ('langning', 'Kommunstyrelsen'),
    ('ovrigt', 'Kommunstyrelsen');

create table resident_report (
    id                  uuid             primary key,
    -- the public number: Open311's service_request_id and what staff and residents call the case
    number              bigint generated always as identity unique,
    -- the private link's secret: kept so every e-mail can carry the link (it opens only this report)
    token               text             not null unique,
    -- Open311's token for batch services: a partner app learns the request id once the report is published
    open311_token       uuid             not null unique,
    municipality        text             not null,
    category            text             not null references resident_category (code),
    latitude            double precision not null,
    longitude           double precision not null,
    east                double precision not null,
    north               double precision not null,
    area_id             uuid             references area (id),
    description         text             not null,
    public_description  text,
    published           boolean          not null default false,
    status              text             not null default 'INKOMMEN'
        check (status in ('INKOMMEN', 'MOTTAGEN', 'ATGARD_PAGAR', 'ATGARDAD', 'AVSLUTAD', 'HANVISAD')),
    status_reason       text,
    referred_to         text,
    committee_id        uuid             references committee (id),
    committee_name      text,
    email               text,
    duplicate_of        uuid             references resident_report (id),
    source              text             not null check (source in ('WEB', 'OPEN311', 'DEMO')),
    api_client          text,
    reported_at         timestamptz      not null,
    received_at         timestamptz,
    fixed_at            timestamptz,
    closed_at           timestamptz,
    updated_at          timestamptz      not null,
    fixed_check_sent_at timestamptz,
    personal_data_deleted_at timestamptz,
    version             int              not null default 0,
    demo                boolean          not null default false
);
create index resident_report_place on resident_report (category, east, north) where status in ('INKOMMEN', 'MOTTAGEN', 'ATGARD_PAGAR');
create index resident_report_reported on resident_report (reported_at);

create table resident_report_update (
    id          bigint generated always as identity primary key,
    report_id   uuid        not null references resident_report (id),
    status      text        not null,
    public_text text        not null,
    created_at  timestamptz not null,
    created_by  text        not null
);
create index resident_report_update_report on resident_report_update (report_id, created_at);

-- "Samma problem": a resident who adds a +1 instead of a duplicate, optionally to be told of changes
create table resident_report_follower (
    id         bigint generated always as identity primary key,
    report_id  uuid        not null references resident_report (id),
    email      text,
    created_at timestamptz not null
);
create index resident_report_follower_report on resident_report_follower (report_id);

create table resident_report_photo (
    report_id    uuid primary key references resident_report (id),
    content_type text  not null,
    cleaned      bytea not null,
    -- the upload as it came, metadata and all: for staff only, deleted on request or after the retention time
    original     bytea,
    public       boolean not null default false
);

-- a photo uploaded with a form that had to be shown again, so the resident need not attach it twice
create table resident_pending_photo (
    id           uuid primary key,
    content_type text        not null,
    cleaned      bytea       not null,
    original     bytea       not null,
    created_at   timestamptz not null
);

-- one row per accepted submission, by a keyed hash of the client address (never the address itself)
create table resident_submission (
    client_hash text        not null,
    at          timestamptz not null
);
create index resident_submission_client on resident_submission (client_hash, at);

-- the key of that hash, shared by every node
create table resident_secret (
    salt text not null
);
insert into resident_secret (salt) values (gen_random_uuid()::text || gen_random_uuid()::text);

create table open311_client (
    id         uuid        primary key,
    name       text        not null unique,
    key_hash   text        not null unique,
    created_at timestamptz not null,
    created_by text        not null,
    revoked_at timestamptz
);
