-- Collaboration: the forums the plan names (Värna Västerås, Trygghetsrådet, EST, PLG Social hållbarhet), their
-- members and meetings, yearly satisfaction surveys, and medborgarlöften with their half-yearly follow-ups.

create table forum (
    id                uuid primary key,
    name              text        not null check (length(btrim(name)) between 1 and 200),
    description       text,
    meetings_per_year integer     check (meetings_per_year between 1 and 52),
    demo              boolean     not null default false,
    version           integer     not null default 0,
    created_at        timestamptz not null default now()
);
create unique index forum_name_ux on forum (lower(name));

-- A member is an actor (an organisation outside the committees) or one of the plan's committees, never both.
create table forum_member (
    id           uuid primary key,
    forum_id     uuid not null references forum (id) on delete cascade,
    actor_id     uuid references actor (id),
    committee_id uuid references committee (id),
    role         text not null check (role in ('ORDFORANDE', 'MEDORDFORANDE', 'LEDAMOT')),
    check ((actor_id is null) <> (committee_id is null))
);
create unique index forum_member_actor_ux on forum_member (forum_id, actor_id) where actor_id is not null;
create unique index forum_member_committee_ux on forum_member (forum_id, committee_id) where committee_id is not null;

create table meeting (
    id         uuid primary key,
    forum_id   uuid        not null references forum (id),
    held_on    date        not null,
    place      text        not null check (length(btrim(place)) between 1 and 200),
    demo       boolean     not null default false,
    created_by text        not null,
    created_at timestamptz not null default now()
);
create index meeting_forum_ix on meeting (forum_id, held_on);
create index meeting_held_on_ix on meeting (held_on);

-- Agenda items are kept as written (a SITUATION item is a snapshot of the lägesbild at preparation); source_ref is
-- for items another module contributes later (a prioritised problem), whose kind then names that module's thing.
create table meeting_agenda_item (
    meeting_id uuid    not null references meeting (id) on delete cascade,
    position   integer not null,
    kind       text    not null,
    title      text    not null,
    body       text,
    source_ref uuid,
    primary key (meeting_id, position)
);

create table meeting_attendance (
    meeting_id   uuid not null references meeting (id) on delete cascade,
    actor_id     uuid references actor (id),
    committee_id uuid references committee (id),
    check ((actor_id is null) <> (committee_id is null))
);
create unique index meeting_attendance_actor_ux on meeting_attendance (meeting_id, actor_id) where actor_id is not null;
create unique index meeting_attendance_committee_ux on meeting_attendance (meeting_id, committee_id)
    where committee_id is not null;
create index meeting_attendance_actor_ix on meeting_attendance (actor_id) where actor_id is not null;

create table meeting_decision (
    id           uuid primary key,
    meeting_id   uuid        not null references meeting (id) on delete cascade,
    position     integer     not null,
    text         text        not null check (length(btrim(text)) between 1 and 2000),
    responsible  text        not null check (length(btrim(responsible)) between 1 and 200),
    due_on       date        not null,
    status       text        not null check (status in ('OPEN', 'DONE')),
    note         text,
    version      integer     not null default 0,
    unique (meeting_id, position)
);
create index meeting_decision_open_ix on meeting_decision (due_on) where status = 'OPEN';

-- A satisfaction survey per forum and year, answered anonymously through a link: the token names the survey, not a
-- person. An answer row holds the scores only: no user, no address, no time, so no answer can be traced back.
create table survey (
    id        uuid primary key,
    forum_id  uuid    not null references forum (id),
    year      integer not null check (year between 2000 and 2100),
    token     text    not null unique,
    state     text    not null check (state in ('DRAFT', 'OPEN', 'CLOSED')),
    demo      boolean not null default false,
    version   integer not null default 0,
    unique (forum_id, year)
);

create table survey_answer (
    id       uuid     primary key,
    survey_id uuid    not null references survey (id),
    process  smallint not null check (process between 1 and 5),
    result   smallint not null check (result between 1 and 5)
);
create index survey_answer_survey_ix on survey_answer (survey_id);

-- The samverkansöverenskommelse between the municipality and the police that medborgarlöften build on.
create table collaboration_agreement (
    id         uuid primary key,
    title      text    not null check (length(btrim(title)) between 1 and 300),
    parties    text    not null check (length(btrim(parties)) between 1 and 300),
    valid_from date    not null,
    valid_to   date    not null check (valid_to >= valid_from),
    reference  text,
    demo       boolean not null default false
);

create table citizen_promise (
    id                 uuid primary key,
    year               integer     not null check (year between 2000 and 2100),
    municipality_party text        not null,
    police_actor_id    uuid        not null references actor (id),
    area_id            uuid        references area (id),
    text               text        not null check (length(btrim(text)) between 1 and 4000),
    agreement_id       uuid        references collaboration_agreement (id),
    published          boolean     not null default false,
    demo               boolean     not null default false,
    version            integer     not null default 0,
    created_on         date        not null
);

-- Problems and interventions belong to the intervention module; a promise keeps their id and the title as it was
-- when linked, so it reads the same even before (or without) that module.
create table citizen_promise_link (
    promise_id     uuid not null references citizen_promise (id) on delete cascade,
    kind           text not null check (kind in ('PROBLEM', 'INTERVENTION')),
    ref_id         uuid not null,
    title_snapshot text not null,
    primary key (promise_id, kind, ref_id)
);

create table citizen_promise_follow_up (
    id          uuid primary key,
    promise_id  uuid    not null references citizen_promise (id) on delete cascade,
    followed_on date    not null,
    status      text    not null check (status in ('ON_TRACK', 'DELAYED', 'DONE')),
    text        text    not null check (length(btrim(text)) between 1 and 4000),
    published   boolean not null default false
);
create index citizen_promise_follow_up_ix on citizen_promise_follow_up (promise_id, followed_on);
