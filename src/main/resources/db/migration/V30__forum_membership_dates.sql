-- A forum membership has a start and, once ended, an end (the first day it no longer holds), so that the indicator
-- "actors taking part in forums" can be counted for past years as they were: ending a membership keeps its row. A membership recorded before this change
-- is taken to have started when its forum was registered.
alter table forum_member add column member_since date;
update forum_member m set member_since = (select (f.created_at at time zone 'Europe/Stockholm')::date
                                            from forum f where f.id = m.forum_id);
alter table forum_member alter column member_since set not null;
alter table forum_member add column member_until date;
alter table forum_member add constraint forum_member_period_ck check (member_until is null or member_until > member_since);

-- one current membership per participant and forum; ended ones stay beside it
drop index forum_member_actor_ux;
drop index forum_member_committee_ux;
create unique index forum_member_actor_ux on forum_member (forum_id, actor_id)
    where actor_id is not null and member_until is null;
create unique index forum_member_committee_ux on forum_member (forum_id, committee_id)
    where committee_id is not null and member_until is null;
