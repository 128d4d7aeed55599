-- The annual report compiled from a closed round, kept as it was handed out: the PDF and the Word file of one
-- generation together, with the date, the audience and who generated it. A snapshot never changes afterwards.
create table annual_report (
    id            uuid        primary key,
    round_id      uuid        not null references reporting_round (id),
    audience      text        not null check (audience in ('TRYGGHETSRADET', 'KOMMUNSTYRELSEN')),
    title         text        not null,
    diarienummer  text,
    summary       text,
    generated_at  timestamptz not null,
    generated_by  text        not null,
    pdf           bytea       not null,
    pdf_sha256    text        not null,
    docx          bytea       not null,
    docx_sha256   text        not null
);
create index annual_report_round_ix on annual_report (round_id, generated_at desc);

-- Frozen means frozen: what went to Kommunstyrelsen must be retrievable byte for byte, whatever the code does later.
create function annual_report_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'annual_report % is a frozen snapshot and cannot be changed', old.id;
end;
$$;
create trigger annual_report_frozen before update on annual_report
    for each row execute function annual_report_is_frozen();
