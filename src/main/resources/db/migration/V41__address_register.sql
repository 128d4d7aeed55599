-- The municipality's address register (issue 16.4): addresses and named places with a point, imported from a file
-- (the municipality's GIS, Lantmäteriet's open address data) and searched by residents who look for a place.
-- An import replaces the whole register in one transaction.
create table address_point (
    id          bigserial primary key,
    street      text not null,
    number      text,
    postcode    text,
    locality    text,
    label       text not null,
    -- street and number folded to [a-z0-9] only (case, accents, spaces and punctuation dropped), so that a prefix
    -- of what a resident types finds "Stora gatan 12 A" whether typed "stora g", "Storagatan 12a" or "stora gatan 12"
    search_key  text not null,
    -- the number's leading digits, so that 2 comes before 10
    number_sort integer,
    east        double precision not null,
    north       double precision not null,
    demo        boolean not null default false
);

-- text_pattern_ops: a prefix (searched as the range ~>=~ key and ~<~ key || '{') uses the index under any collation;
-- no extension (pg_trgm) is needed
create index address_point_search on address_point (search_key text_pattern_ops);

-- What the register holds now: one row, replaced with each import.
create table address_register (
    id          integer primary key check (id = 1),
    source      text not null,
    imported_at timestamptz not null,
    addresses   integer not null,
    places      integer not null,
    demo        boolean not null
);
