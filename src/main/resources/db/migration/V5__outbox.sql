-- Every e-mail the platform sends, kept so an admin can see what went out, and read it when no SMTP server is set up.
create table mail_outbox (
    id         bigserial   primary key,
    created_at timestamptz not null,
    recipients text        not null,
    subject    text        not null,
    body       text        not null,
    status     text        not null check (status in ('SENT', 'NOT_SENT', 'FAILED')),
    error      text
);
create index mail_outbox_created_ix on mail_outbox (created_at desc);
