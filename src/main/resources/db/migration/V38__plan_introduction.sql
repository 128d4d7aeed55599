-- The introduction of a plan as its drafters write it (module planning), citing the joint lägesbild and the latest
-- follow-up. The plan by id without a foreign key, so the plan module's tables stay its own; version guards against
-- writing over a newer save.
create table plan_introduction (
    plan_id    uuid        primary key,
    text       text        not null check (length(text) <= 20000),
    version    int         not null default 0,
    updated_by text        not null,
    updated_at timestamptz not null
);
