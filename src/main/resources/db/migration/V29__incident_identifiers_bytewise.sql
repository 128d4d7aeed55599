-- Ids and user names of incidents are compared byte by byte. The database's default collation is ICU sv-SE, which
-- every insert paid in the unique index on (source, external_id): a profile of a million-row file import showed
-- about a tenth of the database's time in ICU string comparison. None of these columns is ever sorted for a reader;
-- they are matched for equality (deduplication, a field reporter's own reports, a partner's incident).
alter table incident
    alter column source type text collate "C",
    alter column external_id type text collate "C",
    alter column partner type text collate "C",
    alter column reported_by type text collate "C";
