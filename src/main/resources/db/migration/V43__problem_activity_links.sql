-- Which activities of a draft plan address each prioritised problem of the joint lägesbild, as the coordinator
-- decided it on the evidence page (module planning). No foreign keys: the plan and the lägesbild are other modules'
-- tables, and the lägesbild writes its problems again on every save, keeping their ids; a link whose problem or
-- activity is no longer there is simply not shown. The problem's title is kept as it stood when linked, for the audit.
create table problem_activity_link (
    plan_id       uuid        not null,
    problem_id    uuid        not null,
    activity_id   uuid        not null,
    problem_title text        not null,
    linked_by     text        not null,
    linked_at     timestamptz not null,
    primary key (plan_id, problem_id, activity_id)
);
