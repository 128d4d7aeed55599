-- What crime costs (module cost; the plan's chapter "Kostnader för brott"). Unit costs per incident category and
-- cost kind (the plan's three: the crime's consequences, society's response, anticipation), each with its source,
-- price year and an uncertainty range; a price index (e.g. KPI) to bring them to one price year. The category by its
-- code without a foreign key, so incident's table stays its own. No figures are shipped: none was verified from a
-- published source available when this was written; the municipality fills them in.
create table unit_cost (
    category    text          not null,
    kind        text          not null check (kind in ('CONSEQUENCE', 'RESPONSE', 'ANTICIPATION')),
    low         numeric(14,2) not null check (low >= 0),
    high        numeric(14,2) not null check (high >= low),
    central     numeric(14,2) check (central between low and high),
    price_year  int           not null check (price_year between 1900 and 2200),
    source      text          not null check (length(source) between 1 and 500),
    source_url  text          check (length(source_url) <= 500),
    demo        boolean       not null default false,
    version     int           not null default 0,
    updated_by  text          not null,
    updated_at  timestamptz   not null,
    primary key (category, kind)
);

-- Every saved version of a unit cost, newest last: what the estimates rested on at any time.
create table unit_cost_history (
    id          bigserial     primary key,
    category    text          not null,
    kind        text          not null,
    low         numeric(14,2) not null,
    high        numeric(14,2) not null,
    central     numeric(14,2),
    price_year  int           not null,
    source      text          not null,
    source_url  text,
    demo        boolean       not null,
    changed_by  text          not null,
    changed_at  timestamptz   not null
);
create index unit_cost_history_key on unit_cost_history (category, kind, id);

create table price_index (
    year        int           primary key check (year between 1900 and 2200),
    value       numeric(12,4) not null check (value > 0),
    source      text          not null check (length(source) between 1 and 500),
    demo        boolean       not null default false,
    updated_by  text          not null,
    updated_at  timestamptz   not null
);
