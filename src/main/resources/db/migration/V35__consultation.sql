-- The consultation (remiss) of a draft plan: what was sent to which committees with which deadline, the committees'
-- comments per activity (and overall), the coordinator's replies, and the reminders already sent.

create table consultation (
    id          uuid        primary key,
    plan_id     uuid        not null references action_plan (id) on delete cascade,
    plan_name   text        not null,
    deadline    date        not null,
    sent_at     timestamptz not null,
    sent_by     text        not null,
    closed_at   timestamptz,
    closed_by   text
);
-- one open consultation per plan, also when two coordinators send at once
create unique index consultation_one_open on consultation (plan_id) where closed_at is null;

-- The committees consulted, as the plan named them when it was sent, and whether each has submitted its answer.
create table consultation_committee (
    consultation_id uuid not null references consultation (id) on delete cascade,
    committee_id    uuid not null references committee (id),
    name            text not null,
    short_name      text,
    submitted_at    timestamptz,
    submitted_by    text,
    primary key (consultation_id, committee_id)
);

-- The activities as they stood when the draft was sent; a committee comments on those it was named on then.
create table consultation_activity (
    consultation_id uuid not null references consultation (id) on delete cascade,
    activity_id     uuid not null,
    position        int  not null,
    number          text not null,
    text            text not null,
    lead_id         uuid not null,
    primary key (consultation_id, activity_id)
);

create table consultation_activity_committee (
    consultation_id uuid not null,
    activity_id     uuid not null,
    committee_id    uuid not null,
    primary key (consultation_id, activity_id, committee_id),
    foreign key (consultation_id, activity_id) references consultation_activity (consultation_id, activity_id)
        on delete cascade,
    foreign key (consultation_id, committee_id) references consultation_committee (consultation_id, committee_id)
        on delete cascade
);

-- A committee's comment on one activity, or (activity_id null) its overall comment, and the coordinator's reply.
create table consultation_comment (
    id              uuid        primary key,
    consultation_id uuid        not null,
    committee_id    uuid        not null,
    activity_id     uuid,
    position        text        check (position in ('AGREES', 'WANTS_CHANGES', 'CANNOT_LEAD', 'CANNOT_TAKE_PART',
                                                    'OTHER')),
    text            text        not null,
    written_at      timestamptz not null,
    written_by      text        not null,
    reply           text,
    draft_changed   boolean,
    replied_at      timestamptz,
    replied_by      text,
    check ((activity_id is null) = (position is null)),
    foreign key (consultation_id, committee_id) references consultation_committee (consultation_id, committee_id)
        on delete cascade,
    unique nulls not distinct (consultation_id, committee_id, activity_id)
);

-- Reminders already sent: one per committee and reminder day, however often the job runs and on however many nodes.
create table consultation_reminder (
    consultation_id uuid        not null,
    committee_id    uuid        not null,
    reminder_day    date        not null,
    sent_at         timestamptz not null,
    primary key (consultation_id, committee_id, reminder_day),
    foreign key (consultation_id, committee_id) references consultation_committee (consultation_id, committee_id)
        on delete cascade
);
