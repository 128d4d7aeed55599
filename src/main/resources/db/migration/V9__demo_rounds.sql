-- Rounds invented for the demo (the run command's populated app) say so wherever they appear.
alter table reporting_round add column demo boolean not null default false;
