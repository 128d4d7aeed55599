-- The start pages' queues (issue 16.1), read on every signed-in visit to /: reports waiting for review, residents'
-- reports waiting for moderation, and the open residents' cases routed to a committee, each oldest first.
create index report_submitted_ix on report (submitted_at) where state = 'SUBMITTED';
create index resident_report_new_ix on resident_report (reported_at) where status = 'INKOMMEN';
create index resident_report_committee_open_ix on resident_report (committee_id, reported_at)
    where status in ('INKOMMEN', 'MOTTAGEN', 'ATGARD_PAGAR');
