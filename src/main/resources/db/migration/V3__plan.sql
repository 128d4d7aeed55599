-- The action plan: plans, their focus areas, goals, indicator definitions and activities, the committees
-- responsible for each activity, the plan's organisation, and the history of every change to a plan item.

create table committee (
    id           uuid primary key,
    municipality text not null,
    name         text not null,
    short_name   text,
    unique (municipality, name)
);

create table action_plan (
    id                uuid        primary key,
    plan_key          text        not null unique,
    name              text        not null,
    municipality      text        not null,
    period_from       int         not null,
    period_to         int         not null check (period_to >= period_from),
    state             text        not null check (state in ('DRAFT', 'ADOPTED', 'ARCHIVED')),
    adopted_by        text,
    adoption_decision text,
    adopted_on        date,
    source            text,
    description       text,
    imported_at       timestamptz not null,
    version           int         not null default 0,
    -- bumped by every change to anything in the plan; read models cache a plan until it moves
    revision          bigint      not null default 0
);

create table org_body (
    id             uuid primary key,
    plan_id        uuid not null references action_plan (id) on delete cascade,
    position       int  not null,
    name           text not null,
    level          text not null check (level in ('INRIKTANDE', 'STRATEGISK', 'TAKTISK', 'OPERATIV')),
    role_text      text not null,
    committee_id   uuid references committee (id),
    all_committees boolean not null default false,
    unique (plan_id, position)
);

create table focus_area (
    id          uuid primary key,
    plan_id     uuid not null references action_plan (id) on delete cascade,
    number      int  not null,
    title       text not null,
    description text,
    version     int  not null default 0,
    unique (plan_id, number)
);

create table goal (
    id            uuid primary key,
    focus_area_id uuid not null references focus_area (id) on delete cascade,
    position      int  not null,
    text          text not null,
    version       int  not null default 0,
    unique (focus_area_id, position)
);

create table indicator (
    id            uuid primary key,
    focus_area_id uuid not null references focus_area (id) on delete cascade,
    position      int  not null,
    name          text not null,
    unit          text not null,
    direction     text not null check (direction in ('INCREASE', 'DECREASE')),
    source        text not null,
    kolada_kpi    text,
    definition    text,
    version       int  not null default 0,
    unique (focus_area_id, position)
);

-- Figures the plan document itself states, kept with the indicator as the plan's own source figures.
create table indicator_stated_figure (
    id           uuid    primary key,
    indicator_id uuid    not null references indicator (id) on delete cascade,
    position     int     not null,
    description  text    not null,
    period       text    not null,
    value        numeric not null,
    unit         text    not null,
    unique (indicator_id, position)
);

create table activity (
    id             uuid    primary key,
    plan_id        uuid    not null references action_plan (id) on delete cascade,
    focus_area_id  uuid    not null references focus_area (id) on delete cascade,
    number         text    not null check (number ~ '^[0-9]+\.[0-9]+$'),
    number_major   int     not null,
    number_minor   int     not null,
    text           text    not null check (length(btrim(text)) > 0),
    note           text,
    lead_confirmed boolean not null default false,
    version        int     not null default 0,
    unique (plan_id, number)
);
create index activity_plan_order_ix on activity (plan_id, number_major, number_minor);

create table activity_committee (
    activity_id  uuid    not null references activity (id) on delete cascade,
    committee_id uuid    not null references committee (id),
    position     int     not null,
    lead         boolean not null,
    primary key (activity_id, committee_id),
    unique (activity_id, position)
);
-- exactly one lead per activity: at most one here, at least one enforced by the domain
create unique index activity_one_lead_ux on activity_committee (activity_id) where lead;
create index activity_committee_committee_ix on activity_committee (committee_id);

create table plan_revision (
    id         bigserial   primary key,
    plan_id    uuid        not null references action_plan (id) on delete cascade,
    item_type  text        not null,
    item_id    uuid        not null,
    item_label text        not null,
    actor      text        not null,
    at         timestamptz not null,
    summary    text        not null,
    before     jsonb,
    after      jsonb
);
create index plan_revision_item_ix on plan_revision (item_id, at desc);
create index plan_revision_plan_ix on plan_revision (plan_id, at desc);

alter table app_user_committee
    add constraint app_user_committee_committee_fk foreign key (committee_id) references committee (id);
