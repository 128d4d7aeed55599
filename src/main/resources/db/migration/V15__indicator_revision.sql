-- A number that grows whenever measurements are written, so that pages and API answers built from them can be cached
-- and served until it changes (see IndicatorRevision). One row; Measurements.upsert bumps it in the import's own
-- transaction.
create table indicator_revision (
    id       int    primary key check (id = 1),
    revision bigint not null
);
insert into indicator_revision (id, revision) values (1, 0);
