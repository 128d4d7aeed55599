-- A report may point to the plan's indicators it bears on; kept with the report's content (and so in its versions).
-- No foreign key: an array cannot carry one, and the service checks every id against the plan when saving.
alter table report add column indicator_ids uuid[] not null default '{}';

-- Files a committee attaches to its report (PDF, Word, Excel, images), checked by content before they are stored.
create table report_attachment (
    id           uuid        primary key,
    report_id    uuid        not null references report (id) on delete cascade,
    filename     text        not null check (length(filename) between 1 and 200),
    content_type text        not null,
    size_bytes   int         not null check (size_bytes > 0),
    sha256       text        not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
create index report_attachment_report_ix on report_attachment (report_id, uploaded_at);
