-- The next plan period: a draft drawn from an adopted plan keeps the lineage of everything it carries over, and what
-- became of each activity of the previous plan. And amendments: an adopted plan changes only inside an open amendment
-- that is closed by a decision.

-- The plan a draft was drawn from; a plan has at most one successor.
alter table action_plan add column predecessor_id uuid references action_plan (id) on delete set null;
create unique index action_plan_one_successor_ux on action_plan (predecessor_id) where predecessor_id is not null;

-- Lineage: the item of the previous plan each carried item came from (null for an item new in its plan).
alter table focus_area add column origin_id uuid references focus_area (id) on delete set null;
alter table goal add column origin_id uuid references goal (id) on delete set null;
alter table activity add column origin_id uuid references activity (id) on delete set null;
create index activity_origin_ix on activity (origin_id) where origin_id is not null;
alter table indicator add column origin_id uuid references indicator (id) on delete set null;

-- An indicator's series: the id of the first indicator of its lineage. Measurements are stored under it, so an
-- indicator that continues into the next plan reads and adds to the same series. A new indicator starts its own.
alter table indicator add column series_id uuid;
update indicator set series_id = id;
alter table indicator alter column series_id set not null;
create index indicator_series_ix on indicator (series_id);

create function indicator_own_series() returns trigger language plpgsql as $$
begin
    if new.series_id is null then
        new.series_id := new.id;
    end if;
    return new;
end
$$;
create trigger indicator_own_series before insert on indicator
    for each row execute function indicator_own_series();

-- What became of each activity of the previous plan in its successor (plan_id): continued (successor_id is its
-- copy), changed (its copy, revised), ended (with a reason, no successor) or merged into another activity of the
-- successor (successor_id).
create table activity_disposition (
    plan_id      uuid not null references action_plan (id) on delete cascade,
    activity_id  uuid not null references activity (id) on delete cascade,
    disposition  text not null check (disposition in ('CONTINUED', 'CHANGED', 'ENDED', 'MERGED')),
    reason       text check (reason is null or length(btrim(reason)) > 0),
    successor_id uuid references activity (id) on delete set null,
    primary key (plan_id, activity_id),
    check (disposition <> 'ENDED' or (reason is not null and successor_id is null))
);
create index activity_disposition_successor_ix on activity_disposition (successor_id);

-- Amendments of an adopted plan: opened with a reason, closed by a decision (body, reference, date). Changes to an
-- adopted plan are allowed only while one is open; at most one is open at a time.
create table plan_amendment (
    id          uuid        primary key,
    plan_id     uuid        not null references action_plan (id) on delete cascade,
    number      int         not null,
    reason      text        not null check (length(btrim(reason)) > 0),
    opened_by   text        not null,
    opened_at   timestamptz not null,
    decided_by  text,
    decision    text,
    decided_on  date,
    closed_at   timestamptz,
    unique (plan_id, number),
    check ((closed_at is null) = (decision is null) and (decision is null) = (decided_by is null)
           and (decided_by is null) = (decided_on is null))
);
create unique index plan_amendment_one_open_ux on plan_amendment (plan_id) where closed_at is null;
