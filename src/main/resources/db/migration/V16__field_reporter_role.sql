-- Field staff (EST) report incidents and see only their own reports.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('ADMIN', 'COORDINATOR', 'COMMITTEE_REPORTER', 'ANALYST', 'VIEWER', 'FIELD_REPORTER'));
