-- The idempotency keys of create forms (system's IdempotentForm): each key a form was sent with, claimed in the same
-- transaction as what the form created, and the page its answer redirected to. A second sending of the same form is
-- answered with that page instead of creating the record again. The target is null only inside the claiming
-- transaction, which either fills it in or deletes the row before it commits. Kept for a day (app.forms.idempotency-keep).
create table form_submission (
    form       text        not null,
    key        uuid        not null,
    target     text,
    created_at timestamptz not null,
    primary key (form, key)
);
create index form_submission_created on form_submission (created_at);
