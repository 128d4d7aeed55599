-- Every import of indicator values, from a file or from Kolada, leaves a run: who or what started it, when, what it
-- read, what it added, changed and left as it was, and every problem (as jsonb: row, column, message code and
-- arguments, or a sentence from Kolada). A run with problems is REFUSED and wrote nothing; a Kolada run where some
-- KPIs failed and others were written is PARTLY_FAILED.
create table indicator_import_run (
    id            uuid        primary key,
    kind          text        not null check (kind in ('FILE', 'KOLADA')),
    trigger       text        not null check (trigger in ('NIGHTLY', 'MANUAL')),
    started_by    text        not null,
    started_at    timestamptz not null,
    finished_at   timestamptz,
    state         text        not null check (state in ('RUNNING', 'SUCCEEDED', 'PARTLY_FAILED', 'FAILED', 'REFUSED')),
    -- FILE: the uploaded file's name; KOLADA: the KPIs, the municipality and the years asked for
    file_name     text,
    kpis          text[]      not null default '{}',
    municipality  text,
    from_year     int,
    to_year       int,
    source        text,
    -- the indicators the run read values for, so an indicator's page can show its import history
    indicator_ids uuid[]      not null default '{}',
    rows_read     int         not null default 0,
    added         int         not null default 0,
    changed       int         not null default 0,
    unchanged     int         not null default 0,
    missing       int         not null default 0,
    problem_count int         not null default 0,
    -- at most the first 1000 problems; problem_count says how many there were
    problems      jsonb       not null default '[]',
    error_message text,
    pages         int,
    requests      int,
    retries       int,
    check ((state = 'RUNNING') = (finished_at is null))
);
create index indicator_import_run_started_ix on indicator_import_run (started_at desc);
create index indicator_import_run_indicators_ix on indicator_import_run using gin (indicator_ids);
-- one Kolada run at a time across every node: a second insert while one is RUNNING fails on this index
create unique index indicator_import_run_one_kolada_ix on indicator_import_run (kind)
    where kind = 'KOLADA' and state = 'RUNNING';

-- An uploaded file between the upload and the import steps: nodes keep no state, so the file waits here (never in
-- the HTTP session) until it is imported or expires.
create table indicator_upload (
    id          uuid        primary key,
    file_name   text        not null,
    format      text        not null check (format in ('CSV', 'XLSX')),
    content     bytea       not null,
    rows_read   int         not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null,
    expires_at  timestamptz not null
);
create index indicator_upload_expires_ix on indicator_upload (expires_at);
