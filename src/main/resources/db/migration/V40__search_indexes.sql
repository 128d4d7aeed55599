-- Full-text search (module search, issue 16): one expression GIN index per searched text, in the Swedish
-- configuration. Each expression is exactly the document its module's SearchSource matches (PlanSearch, ReportSearch,
-- CycleSearch, CollaborationSearch, AreaSearch, ResidentReportSearch), so the planner can use the index.
create index activity_search_ix on activity
    using gin (to_tsvector('swedish', number || ' ' || text || ' ' || coalesce(note, '')));
create index goal_search_ix on goal using gin (to_tsvector('swedish', text));
create index indicator_search_ix on indicator
    using gin (to_tsvector('swedish', name || ' ' || coalesce(definition, '') || ' ' || source));
create index report_search_ix on report
    using gin (to_tsvector('swedish', activity_number || ' ' || activity_text || ' ' || coalesce(status_reason, '')
                                      || ' ' || coalesce(done, '') || ' ' || coalesce(effects, '') || ' '
                                      || coalesce(next_steps, '')));
create index problem_search_ix on problem using gin (to_tsvector('swedish', title || ' ' || coalesce(description, '')));
create index intervention_search_ix on intervention using gin (to_tsvector('swedish', title || ' ' || expected_effect));
create index forum_search_ix on forum using gin (to_tsvector('swedish', name || ' ' || coalesce(description, '')));
create index meeting_search_ix on meeting using gin (to_tsvector('swedish', place));
create index meeting_agenda_item_search_ix on meeting_agenda_item
    using gin (to_tsvector('swedish', title || ' ' || coalesce(body, '')));
create index meeting_decision_search_ix on meeting_decision using gin (to_tsvector('swedish', text));
create index citizen_promise_search_ix on citizen_promise
    using gin (to_tsvector('swedish', municipality_party || ' ' || text));
create index area_search_ix on area using gin (to_tsvector('swedish', name || ' ' || code));
create index resident_report_search_ix on resident_report
    using gin (to_tsvector('swedish', description || ' ' || coalesce(public_description, '')));
