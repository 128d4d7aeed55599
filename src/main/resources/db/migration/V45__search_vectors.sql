-- Search (issue 16.2) matched and ranked each text through an expression index: the index finds the rows, but
-- ts_rank, and a sequential scan on a small table, parse every matching document again on every search (23 ms of a
-- report search on the demo's 226 reports, EXPLAIN ANALYZE). Each searched table now keeps its document's tsvector
-- as a stored generated column, written once when the row is, and indexed. The meeting's texts (place, agenda items,
-- decisions) stay expression-indexed (V40): they are matched across three tables.
alter table activity add column search_vector tsvector
    generated always as (to_tsvector('swedish', number || ' ' || text || ' ' || coalesce(note, ''))) stored;
drop index activity_search_ix;
create index activity_search_ix on activity using gin (search_vector);

alter table goal add column search_vector tsvector generated always as (to_tsvector('swedish', text)) stored;
drop index goal_search_ix;
create index goal_search_ix on goal using gin (search_vector);

alter table indicator add column search_vector tsvector
    generated always as (to_tsvector('swedish', name || ' ' || coalesce(definition, '') || ' ' || source)) stored;
drop index indicator_search_ix;
create index indicator_search_ix on indicator using gin (search_vector);

alter table report add column search_vector tsvector
    generated always as (to_tsvector('swedish', activity_number || ' ' || activity_text || ' '
                                                || coalesce(status_reason, '') || ' ' || coalesce(done, '') || ' '
                                                || coalesce(effects, '') || ' ' || coalesce(next_steps, ''))) stored;
drop index report_search_ix;
create index report_search_ix on report using gin (search_vector);

alter table problem add column search_vector tsvector
    generated always as (to_tsvector('swedish', title || ' ' || coalesce(description, ''))) stored;
drop index problem_search_ix;
create index problem_search_ix on problem using gin (search_vector);

alter table intervention add column search_vector tsvector
    generated always as (to_tsvector('swedish', title || ' ' || expected_effect)) stored;
drop index intervention_search_ix;
create index intervention_search_ix on intervention using gin (search_vector);

alter table forum add column search_vector tsvector
    generated always as (to_tsvector('swedish', name || ' ' || coalesce(description, ''))) stored;
drop index forum_search_ix;
create index forum_search_ix on forum using gin (search_vector);

alter table citizen_promise add column search_vector tsvector
    generated always as (to_tsvector('swedish', municipality_party || ' ' || text)) stored;
drop index citizen_promise_search_ix;
create index citizen_promise_search_ix on citizen_promise using gin (search_vector);

alter table area add column search_vector tsvector
    generated always as (to_tsvector('swedish', name || ' ' || code)) stored;
drop index area_search_ix;
create index area_search_ix on area using gin (search_vector);

alter table resident_report add column search_vector tsvector
    generated always as (to_tsvector('swedish', description || ' ' || coalesce(public_description, ''))) stored;
drop index resident_report_search_ix;
create index resident_report_search_ix on resident_report using gin (search_vector);
