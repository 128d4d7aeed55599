-- Indicators, after DHIS2's model: a measured value is indicator × period × area × breakdown (a combination of
-- category options such as kön and ålder), from a source. Only raw values are stored; totals are rows whose breakdown
-- is empty. The indicator definitions themselves (name, unit, direction, source, Kolada id) belong to the plan
-- (table indicator); here is how each is measured, judged and protected.

-- Categories that break a value down, and their options. An option with key 'total' names the undivided value, which
-- is stored with an empty breakdown. Administrators may add categories (e.g. funktionsnedsättning).
create table indicator_category (
    key        text        primary key check (key ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    name       text        not null check (length(btrim(name)) between 1 and 100),
    name_en    text        not null check (length(btrim(name_en)) between 1 and 100),
    position   int         not null,
    built_in   boolean     not null,
    created_at timestamptz not null
);

create table indicator_category_option (
    category_key text not null references indicator_category (key) on delete cascade,
    key          text not null check (key ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    name         text not null check (length(btrim(name)) between 1 and 100),
    name_en      text not null check (length(btrim(name_en)) between 1 and 100),
    position     int  not null,
    primary key (category_key, key)
);

insert into indicator_category (key, name, name_en, position, built_in, created_at) values
    ('kon', 'Kön', 'Gender', 1, true, now()),
    ('alder', 'Ålder', 'Age', 2, true, now()),
    -- only for figures about the highest or lowest of a municipality's electoral districts, as plans state them
    ('valdistrikt', 'Valdistrikt', 'Electoral district', 3, true, now());

insert into indicator_category_option (category_key, key, name, name_en, position) values
    ('kon', 'total', 'Totalt', 'Total', 0),
    ('kon', 'kvinnor', 'Kvinnor', 'Women', 1),
    ('kon', 'man', 'Män', 'Men', 2),
    ('kon', 'flickor', 'Flickor', 'Girls', 3),
    ('kon', 'pojkar', 'Pojkar', 'Boys', 4),
    ('alder', 'total', 'Alla åldrar', 'All ages', 0),
    ('alder', '0-15', '0–15 år', '0–15 years', 1),
    ('alder', '16-19', '16–19 år', '16–19 years', 2),
    ('alder', '20-24', '20–24 år', '20–24 years', 3),
    ('alder', '25-44', '25–44 år', '25–44 years', 4),
    ('alder', '45-64', '45–64 år', '45–64 years', 5),
    ('alder', '65plus', '65 år och äldre', '65 years and older', 6),
    ('valdistrikt', 'hogst', 'Valdistriktet med högst värde', 'The district with the highest value', 1),
    ('valdistrikt', 'lagst', 'Valdistriktet med lägst värde', 'The district with the lowest value', 2);

-- How one of a plan's indicators is measured and judged.
--   kind        RAW (measured and entered or imported), CALCULATED (numerator ÷ denominator × factor, e.g. per
--               100 000 inhabitants), PLATFORM (counted from the platform's own data through a registered source)
--   measure     COUNT, RATE (per factor inhabitants), SHARE (register share in %), SURVEY_SHARE (survey share in %),
--               INDEX (a mean score)
--   suppression NONE (the producer has already protected its figures), SMALL_COUNTS, SURVEY (see DisclosureControl)
--   baseline    the value the plan states as its starting point; a target only where the plan states one
create table indicator_setup (
    indicator_id    uuid        primary key references indicator (id) on delete cascade,
    plan_id         uuid        not null references action_plan (id) on delete cascade,
    kind            text        not null check (kind in ('RAW', 'CALCULATED', 'PLATFORM')),
    measure         text        not null check (measure in ('COUNT', 'RATE', 'SHARE', 'SURVEY_SHARE', 'INDEX')),
    numerator       text,
    denominator     text,
    factor          numeric     check (factor > 0),
    platform_source text,
    baseline_period text,
    baseline_value  numeric,
    target_value    numeric,
    target_year     int         check (target_year between 1900 and 2100),
    suppression     text        not null check (suppression in ('NONE', 'SMALL_COUNTS', 'SURVEY')),
    verdict_window  int         not null default 3 check (verdict_window between 1 and 10),
    method_notes    text,
    version         int         not null default 0,
    updated_at      timestamptz not null,
    check ((kind = 'CALCULATED') = (numerator is not null and denominator is not null and factor is not null)),
    check ((kind = 'PLATFORM') = (platform_source is not null)),
    check ((baseline_period is null) = (baseline_value is null)),
    check ((target_value is null) = (target_year is null))
);
create index indicator_setup_plan_ix on indicator_setup (plan_id);

-- The category options an indicator is broken down by (none: totals only).
create table indicator_setup_option (
    indicator_id uuid not null references indicator_setup (indicator_id) on delete cascade,
    category_key text not null,
    option_key   text not null,
    primary key (indicator_id, category_key, option_key),
    foreign key (category_key, option_key) references indicator_category_option (category_key, key)
);

-- One value. period is the canonical text (2023, 2023H1, 2023Q2, 2023-05), period_start its first day; breakdown is
-- the canonical key of its category options ('alder=16-19;kon=kvinnor'), empty for the total. value is null when it
-- is missing or suppressed by its producer (never 0). numerator, denominator and respondents are kept where known,
-- for disclosure control. A re-import of the same value for the same key changes nothing, not even imported_at.
create table measurement (
    id             bigint      generated always as identity primary key,
    indicator_id   uuid        not null references indicator (id) on delete cascade,
    area_id        uuid        not null references area (id),
    breakdown      text        not null default '',
    period_start   date        not null,
    period         text        not null check (period ~ '^[0-9]{4}((H[12])|(Q[1-4])|(-(0[1-9]|1[0-2])))?$'),
    period_type    text        not null check (period_type in ('YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH')),
    source         text        not null check (length(btrim(source)) between 1 and 100),
    value          numeric,
    status         text        not null check (status in ('NORMAL', 'MISSING', 'PRELIMINARY', 'SUPPRESSED')),
    numerator      numeric,
    denominator    numeric,
    respondents    int         check (respondents >= 0),
    method_version text        not null default '1',
    published_on   date,
    demo           boolean     not null,
    imported_at    timestamptz not null,
    check ((value is null) = (status in ('MISSING', 'SUPPRESSED'))),
    -- the key of a value; its order also serves "one indicator's series" and "latest per indicator" reads
    unique (indicator_id, area_id, breakdown, period_start, period, source)
);
create index measurement_demo_ix on measurement (demo) where demo;
