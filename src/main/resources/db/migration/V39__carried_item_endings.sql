-- Focus areas, goals and indicators carry over into the next plan as copies with an origin_id (V33). A carried item
-- whose copy the coordinator changed is told by comparing the copy with its origin; one that ends leaves the draft,
-- and its reason is kept here, keyed by the previous plan's item (no foreign key: it is one of three tables).
create table carried_item_ending (
    plan_id   uuid not null references action_plan (id) on delete cascade,
    item_kind text not null check (item_kind in ('FOCUS_AREA', 'GOAL', 'INDICATOR')),
    item_id   uuid not null,
    reason    text not null check (length(btrim(reason)) > 0),
    primary key (plan_id, item_id)
);
