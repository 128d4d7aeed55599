-- The yearly follow-up: reporting rounds, one report per activity owned by its lead committee, and one contribution
-- per co-responsible committee, with every saved version kept.

create table reporting_round (
    id           uuid        primary key,
    plan_id      uuid        not null references action_plan (id),
    period       text        not null,
    title        text        not null,
    opens_on     date        not null,
    deadline     date        not null check (deadline >= opens_on),
    state        text        not null check (state in ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED')),
    opened_at    timestamptz,
    closed_at    timestamptz,
    published_at timestamptz,
    version      int         not null default 0,
    -- the round this one continues: opening it starts each report from that round's last status
    copied_from  uuid        references reporting_round (id),
    unique (plan_id, period)
);

-- Reports and contributions share their content and most of their workflow; kind tells them apart.
-- The activity's number and text are copied as they stood when the round opened: the plan may change later.
create table report (
    id              uuid        primary key,
    round_id        uuid        not null references reporting_round (id) on delete cascade,
    kind            text        not null check (kind in ('ACTIVITY_REPORT', 'CONTRIBUTION')),
    activity_id     uuid        not null references activity (id),
    activity_number text        not null,
    activity_text   text        not null,
    committee_id    uuid        not null references committee (id),
    state           text        not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    status          text        check (status in ('EJ_PABORJAD', 'PAGAENDE', 'GENOMFORD', 'FORSENAD', 'EJ_GENOMFORD',
                                                  'AVSLUTAD_ERSATT')),
    status_reason   text,
    done            text,
    effects         text,
    next_steps      text,
    assessment      text        check (assessment in ('BIDRAR', 'BIDRAR_DELVIS', 'BIDRAR_INTE', 'KAN_INTE_BEDOMAS')),
    review_comment  text,
    submitted_at    timestamptz,
    version         int         not null default 0,
    unique (round_id, activity_id, committee_id)
);
create index report_round_ix on report (round_id, activity_number);
create index report_committee_ix on report (committee_id, round_id);
-- exactly one activity report per activity and round
create unique index report_one_per_activity_ux on report (round_id, activity_id) where kind = 'ACTIVITY_REPORT';

create table report_version (
    id        bigserial   primary key,
    report_id uuid        not null references report (id) on delete cascade,
    version   int         not null,
    state     text        not null,
    content   jsonb       not null,
    actor     text        not null,
    at        timestamptz not null,
    note      text
);
create index report_version_report_ix on report_version (report_id, version);
