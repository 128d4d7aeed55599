-- Users, their roles and committee bindings, and the audit log of every change in the system.
create table app_user (
    id              uuid        primary key,
    username        text        not null,
    display_name    text        not null,
    email           text,
    password_hash   text,                       -- null for users who only sign in through OpenID Connect
    enabled         boolean     not null default true,
    failed_logins   int         not null default 0,
    locked_until    timestamptz,
    external_id     text,                       -- the identity provider's subject, for OIDC users
    created_at      timestamptz not null,
    version         int         not null default 0
);
create unique index app_user_username_ux on app_user (lower(username));
create unique index app_user_external_ux on app_user (external_id) where external_id is not null;

create table app_user_role (
    user_id uuid not null references app_user (id) on delete cascade,
    role    text not null check (role in ('ADMIN', 'COORDINATOR', 'COMMITTEE_REPORTER', 'ANALYST', 'VIEWER')),
    primary key (user_id, role)
);

-- Committees belong to the plan module; identity keeps only their ids.
create table app_user_committee (
    user_id      uuid not null references app_user (id) on delete cascade,
    committee_id uuid not null,
    primary key (user_id, committee_id)
);

create table audit_entry (
    id           bigserial   primary key,
    at           timestamptz not null,
    actor        text        not null,
    action       text        not null,
    subject_type text,
    subject_id   text,
    summary      text        not null,
    details      jsonb
);
create index audit_entry_at_ix on audit_entry (at desc);
create index audit_entry_actor_ix on audit_entry (actor, at desc);
create index audit_entry_subject_ix on audit_entry (subject_type, subject_id);
