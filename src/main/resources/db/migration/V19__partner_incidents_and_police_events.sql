-- Partner systems send incidents with an API token. Their own ids (external_id) are unique per partner
-- organisation, not per entry path, so two partners may both send an incident "4711": the organisation the token
-- reports for is kept with the incident, and the uniqueness of API ids is per organisation.
alter table incident add column partner text;
alter table incident drop constraint incident_source_external_id_key;
create unique index incident_external_ux on incident (source, external_id) where source <> 'API';
create unique index incident_partner_external_ux on incident (partner, external_id) where source = 'API';
alter table incident add constraint incident_api_partner_ck
    check ((source = 'API') = (partner is not null) and (source <> 'API' or external_id is not null));

-- Polisen's published events (polisen.se/api/events). The API forgets events after a while, so they are kept here.
-- Their place is the municipality's centre, never where it happened: they are counted for the whole municipality
-- and never drawn or used for hot spots (and are therefore not incidents).
create table police_event (
    id            bigint      primary key,              -- Polisen's own id
    occurred_at   timestamptz not null,
    type          text        not null,
    name          text        not null,
    summary       text,
    url           text,
    location_name text        not null,
    -- the incident category the type corresponds to, where one does (null: counted by type only)
    category      text        references incident_category (code),
    fetched_at    timestamptz not null
);
create index police_event_time_ix on police_event (location_name, occurred_at);

-- Every fetch, scheduled or asked for: what it read and kept, and how it ended. A 404 is permanent (scheduled runs
-- stop asking that address); a 429 sets backoff_until, before which nothing is asked.
create table police_fetch_run (
    id                uuid        primary key,
    trigger           text        not null check (trigger in ('SCHEDULED', 'MANUAL')),
    started_by        text        not null,
    started_at        timestamptz not null,
    finished_at       timestamptz,
    state             text        not null check (state in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    url               text        not null,
    http_status       int,
    received          int         not null default 0,
    new_events        int         not null default 0,
    known_events      int         not null default 0,
    left_summaries    int         not null default 0,
    left_other_places int         not null default 0,
    -- events whose id or time could not be read (kept out, never guessed)
    unreadable        int         not null default 0,
    backoff_until     timestamptz,
    error_message     text,
    check ((state = 'RUNNING') = (finished_at is null))
);
create index police_fetch_run_started_ix on police_fetch_run (started_at desc);
