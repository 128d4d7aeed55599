-- The joint yearly lägesbild the municipality writes with the police: its analysis and summary, and the problems it
-- prioritises. Decided pictures are locked until reopened with a reason; version guards against overwriting a newer
-- save (every change, problems included, bumps it).
create table joint_situation_picture (
    municipality  text        not null,
    year          int         not null check (year between 2000 and 2100),
    analysis      text,
    summary       text,
    status        text        not null default 'DRAFT' check (status in ('DRAFT', 'DECIDED')),
    decided_by    text,
    decided_at    timestamptz,
    reopen_reason text,
    version       int         not null default 0,
    updated_by    text        not null,
    updated_at    timestamptz not null,
    primary key (municipality, year),
    check ((status = 'DECIDED') = (decided_at is not null))
);

create table prioritised_problem (
    id           uuid   primary key,
    municipality text   not null,
    year         int    not null,
    rank         int    not null check (rank >= 1),
    title        text   not null check (length(title) between 1 and 300),
    area_id      uuid   references area (id),
    categories   text[] not null default '{}',
    rationale    text,
    foreign key (municipality, year) references joint_situation_picture (municipality, year) on delete cascade,
    unique (municipality, year, rank)
);
