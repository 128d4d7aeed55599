-- Partner accounts: a person at a partner organisation, bound to the actor whose shared records they may read.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('ADMIN', 'COORDINATOR', 'COMMITTEE_REPORTER', 'ANALYST', 'VIEWER', 'FIELD_REPORTER', 'PARTNER'));

-- the actor belongs to the actor module, above identity, hence no foreign key (as with committees)
create table partner_binding (
    user_id  uuid primary key references app_user (id) on delete cascade,
    actor_id uuid not null
);
create index partner_binding_actor_ix on partner_binding (actor_id);
