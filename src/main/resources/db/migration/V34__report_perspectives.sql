-- The perspectives the plan asks the follow-up to report on ("Barnrätts- och jämställdhetsperspektiv", and "olika
-- indelningsgrunder som till exempel personer med funktionsnedsättning, ålder och etnisk bakgrund"), kept with the
-- report's content (and so in its versions). All optional. children_consulted is null while not stated: a missing
-- answer is never a "no".
alter table report add column child_rights       text,
                   add column children_consulted text check (children_consulted in ('JA', 'NEJ', 'EJ_RELEVANT')),
                   add column gender_equality    text,
                   add column other_groupings    text,
                   add column groupings          text[] not null default '{}';
