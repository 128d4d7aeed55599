-- Every node counts incidents from a projection of them in its memory (situation.IncidentProjection): built from
-- this table at start and brought up to date before every count by reading what other transactions have committed
-- since. A node is never the source of truth; this table is.
--
-- What a node must learn of is recorded per writing transaction: incident_write holds one row for each transaction
-- that added incidents, changed what is counted of one, deleted one or emptied the table. A node remembers the
-- PostgreSQL snapshot its projection was read at, and asks for the rows of transactions committed since then (not
-- visible in that snapshot): a cheap look at a small table, even while a million-row import is still open. The
-- incidents such a transaction added carry its id in change_xid, so they are found by the index below; a
-- transaction that changed or deleted incidents has removals set, and a node then reads the projection anew.
alter table incident add column change_xid xid8;
alter table incident alter column change_xid set default pg_current_xact_id();
-- rows from before this migration keep a null change_xid: a node reads them when it builds its projection
create index incident_change_ix on incident (change_xid) where change_xid is not null;

create table incident_write (
    xid        xid8        primary key,
    removals   boolean     not null default false,
    written_at timestamptz not null default now()
);

create function incident_added() returns trigger language plpgsql as $$
begin
    insert into incident_write (xid) values (pg_current_xact_id()) on conflict do nothing;
    return null;
end
$$;

-- one row per statement, not per incident: a COPY of 10 000 incidents costs one insert here
create trigger incident_added after insert on incident for each statement execute function incident_added();

create function incident_removed() returns trigger language plpgsql as $$
begin
    insert into incident_write (xid, removals) values (pg_current_xact_id(), true)
        on conflict (xid) do update set removals = true;
    if tg_op = 'UPDATE' then
        new.change_xid := pg_current_xact_id();
        return new;
    end if;
    return null;
end
$$;

-- only what a count reads: clearing a description (DescriptionRetention) changes nothing any node counts
create trigger incident_changed before update on incident for each row
    when ((old.municipality, old.category, old.occurred_at, old.latitude, old.longitude, old.east, old.north,
           old.area_id, old.severity, old.demo)
          is distinct from (new.municipality, new.category, new.occurred_at, new.latitude, new.longitude, new.east,
                            new.north, new.area_id, new.severity, new.demo))
    execute function incident_removed();
create function incident_deleted() returns trigger language plpgsql as $$
begin
    if exists (select 1 from deleted) then
        insert into incident_write (xid, removals) values (pg_current_xact_id(), true)
            on conflict (xid) do update set removals = true;
    end if;
    return null;
end
$$;

create trigger incident_deleted after delete on incident referencing old table as deleted
    for each statement execute function incident_deleted();
create trigger incident_truncated after truncate on incident for each statement execute function incident_removed();

-- The indexes that served only counting: the situation picture's covering period index (V26), the area/time index of
-- the effect evaluation and the SWEREF box index of buffer rings and map clusters (V22). Every count now reads the
-- projection, and each index cost a part of every write.
drop index incident_period_ix;
drop index incident_area_time_ix;
drop index incident_sweref_ix;
