-- API tokens for partner systems (e.g. a housing company's or the police's own system) that send incidents by
-- themselves. The token is shown once when it is issued; only its SHA-256 hash is kept, with a short prefix so an
-- admin can recognise a token a partner quotes. A token is never deleted, only revoked, so the history of who sent
-- what keeps its name.
create table api_token (
    id             uuid        primary key,
    name           text        not null,
    -- the partner organisation the token reports for: incidents sent with it default to it, and it scopes the
    -- partner's own ids (externalId) that make a resend idempotent
    organisation   text        not null,
    prefix         text        not null,
    token_hash     bytea       not null unique check (length(token_hash) = 32),
    created_by     text        not null,
    created_at     timestamptz not null,
    expires_at     timestamptz,
    -- written at most once a minute per token (see ApiTokenAuthentication), so a busy partner costs no write per call
    last_used_at   timestamptz,
    revoked_at     timestamptz,
    revoked_by     text,
    revoked_reason text,
    check ((revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revoked_reason is null))
);
-- names are unique forever (revoked ones included): the name is how incidents record which token sent them
create unique index api_token_name_ux on api_token (lower(name));
