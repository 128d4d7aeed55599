-- db-scheduler's table (its PostgreSQL schema): one row per scheduled execution. A node claims a due row with an
-- optimistic update, so a job runs on exactly one of the nodes that share this database.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Deadline reminders already sent: a reminder goes out once per round and lead time, however often the job runs.
create table reminder_sent (
    round_id    uuid        not null references reporting_round (id) on delete cascade,
    days_before int         not null check (days_before >= 0),
    sent_at     timestamptz not null,
    committees  int         not null,
    primary key (round_id, days_before)
);
