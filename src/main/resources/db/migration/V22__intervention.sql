-- The knowledge-based cycle: a problem taken from the lägesbild or a mapping, its cause analysis, the interventions
-- (insatser) against it tied to the plan's activities, their effect evaluations and the feedback given.
-- Everything has a visibility: INTERNAL unless someone marks it PUBLIC, so analysis never leaks to the public site.
create table problem (
    id           uuid        primary key,
    title        text        not null check (length(btrim(title)) between 1 and 200),
    description  text,
    area_id      uuid        references area (id),
    categories   text[]      not null default '{}',
    period_from  date        not null,
    period_to    date        not null check (period_to >= period_from),
    priority     text        not null check (priority in ('HOG', 'MEDEL', 'LAG')),
    status       text        not null check (status in ('IDENTIFIERAT', 'ANALYSERAS', 'ATGARDAS', 'UPPFOLJT', 'AVSLUTAT')),
    visibility   text        not null default 'INTERNAL' check (visibility in ('INTERNAL', 'PUBLIC')),
    demo         boolean     not null default false,
    created_by   text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      int         not null default 0
);

-- What a problem rests on besides the live incident counts: the plan's indicators and documents.
create table problem_evidence (
    problem_id   uuid    not null references problem (id) on delete cascade,
    position     int     not null,
    kind         text    not null check (kind in ('INDICATOR', 'DOCUMENT')),
    indicator_id uuid,
    title        text,
    reference    text,
    primary key (problem_id, position),
    check ((kind = 'INDICATOR') = (indicator_id is not null)),
    check (kind = 'INDICATOR' or (title is not null and reference is not null))
);

-- The crime triangle (place, victim/target, offender) with risk and protective factors and the sources used.
create table cause_analysis (
    problem_id         uuid        primary key references problem (id) on delete cascade,
    place              text,
    victim             text,
    offender           text,
    risk_factors       text[]      not null default '{}',
    protective_factors text[]      not null default '{}',
    sources            text,
    updated_by         text        not null,
    updated_at         timestamptz not null,
    version            int         not null default 0
);

-- Dialogue with residents and actors: when, with whom, what came up.
create table problem_dialogue (
    id          uuid        primary key,
    problem_id  uuid        not null references problem (id) on delete cascade,
    held_on     date        not null,
    participants text       not null,
    notes       text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index problem_dialogue_ix on problem_dialogue (problem_id, held_on);

create table intervention (
    id              uuid        primary key,
    problem_id      uuid        not null references problem (id),
    title           text        not null check (length(btrim(title)) between 1 and 200),
    kind            text        not null check (kind in ('SITUATIONAL', 'SOCIAL')),
    committees      uuid[]      not null default '{}',
    actors          uuid[]      not null default '{}',
    area_id         uuid        references area (id),
    starts_on       date        not null,
    ends_on         date        check (ends_on is null or ends_on >= starts_on),
    -- the plan's activity by id; no foreign key, so the plan module's tables stay its own
    activity_id     uuid,
    expected_effect text        not null,
    indicator_id    uuid,
    categories      text[]      not null default '{}',
    evidence_level  text        not null check (evidence_level in ('STARKT', 'VISST', 'LOVANDE', 'OTILLRACKLIGT', 'OKANT')),
    cost_sek        numeric(14, 2) check (cost_sek is null or cost_sek >= 0),
    status          text        not null check (status in ('PLANERAD', 'PAGAR', 'AVSLUTAD', 'AVBRUTEN')),
    visibility      text        not null default 'INTERNAL' check (visibility in ('INTERNAL', 'PUBLIC')),
    demo            boolean     not null default false,
    created_by      text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         int         not null default 0
);
create index intervention_problem_ix on intervention (problem_id);
create index intervention_activity_ix on intervention (activity_id);
create index intervention_area_ix on intervention (area_id);

-- An effect evaluation keeps its inputs and the counts it found, so its results can always be computed again.
create table effect_evaluation (
    id              uuid        primary key,
    intervention_id uuid        not null references intervention (id) on delete cascade,
    target_area     uuid        not null references area (id),
    control_area    uuid        not null references area (id),
    buffer_metres   int         check (buffer_metres is null or buffer_metres between 1 and 5000),
    categories      text[]      not null default '{}',
    before_from     date        not null,
    before_to       date        not null,
    after_from      date        not null,
    after_to        date        not null,
    target_before   bigint      not null,
    target_after    bigint      not null,
    control_before  bigint      not null,
    control_after   bigint      not null,
    buffer_before   bigint,
    buffer_after    bigint,
    long_run_count  bigint      not null,
    long_run_from   date        not null,
    -- results as computed when stored (method in docs/EVALUATION.md), for lists and later modules
    did             double precision not null,
    did_low         double precision not null,
    did_high        double precision not null,
    wdq             double precision,
    verdict         text        not null,
    warnings        text[]      not null default '{}',
    method_version  int         not null,
    created_by      text        not null,
    created_at      timestamptz not null,
    check (before_to >= before_from and after_to >= after_from and after_from > before_to),
    check ((buffer_metres is null) = (buffer_before is null) and (buffer_before is null) = (buffer_after is null))
);
create index effect_evaluation_ix on effect_evaluation (intervention_id, created_at);

-- Feedback (återkoppling): to whom, when, by which channel and what was said.
create table feedback (
    id              uuid        primary key,
    problem_id      uuid        not null references problem (id) on delete cascade,
    intervention_id uuid        references intervention (id) on delete cascade,
    recipient_kind  text        not null check (recipient_kind in ('COMMITTEE', 'ACTOR', 'RESIDENTS', 'FORUM', 'OTHER')),
    recipient       text        not null,
    given_on        date        not null,
    channel         text        not null,
    summary         text        not null,
    visibility      text        not null default 'INTERNAL' check (visibility in ('INTERNAL', 'PUBLIC')),
    demo            boolean     not null default false,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);
create index feedback_problem_ix on feedback (problem_id, given_on);

-- Bumped with every change in this module; readers above key their caches on it.
create table intervention_revision (
    singleton boolean primary key default true check (singleton),
    revision  bigint  not null
);
insert into intervention_revision (singleton, revision) values (true, 0);

-- Effect evaluations count incidents in buffer rings by their SWEREF coordinates: a bounding-box prefilter on this
-- index keeps that fast over a million incidents.
create index incident_sweref_ix on incident (east, north) include (occurred_at, category) where east is not null;
