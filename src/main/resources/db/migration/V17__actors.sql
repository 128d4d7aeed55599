-- Organisations outside the municipality's committees that take part in the safety work.
create table actor (
    id          uuid primary key,
    name        text        not null check (length(btrim(name)) between 1 and 200),
    type        text        not null check (type in ('MYNDIGHET', 'NARINGSLIV', 'CIVILSAMHALLE', 'KOMMUNAL')),
    description text,
    demo        boolean     not null default false,
    created_at  timestamptz not null default now()
);
create unique index actor_name_ux on actor (lower(name));
