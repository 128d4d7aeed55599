-- The chain both ways (issue 15, point 6): which of the plan's indicators work aims to move.
-- An activity names indicators of its own plan besides those of its focus area (which it aims at anyway) and those
-- its follow-up reports link (report.indicator_ids); kept apart from the activity's row so the plan's own tables
-- and file format stay as they are.
create table activity_indicator (
    activity_id  uuid not null references activity (id) on delete cascade,
    indicator_id uuid not null references indicator (id) on delete cascade,
    position     int  not null,
    primary key (activity_id, indicator_id)
);
create index activity_indicator_indicator_ix on activity_indicator (indicator_id);

-- An intervention may aim at several indicators where it named one. No foreign key: an array cannot carry one, and
-- the service checks every id against the plans when saving (as report.indicator_ids).
alter table intervention add column indicator_ids uuid[] not null default '{}';
update intervention set indicator_ids = array[indicator_id] where indicator_id is not null;
alter table intervention drop column indicator_id;
create index intervention_indicators_ix on intervention using gin (indicator_ids);

-- The indicator page asks which problems rest on an indicator.
create index problem_evidence_indicator_ix on problem_evidence (indicator_id) where indicator_id is not null;
