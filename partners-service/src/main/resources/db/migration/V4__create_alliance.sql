-- Multilateral networks the university belongs to, e.g. the Belt and Road International Medical Education Alliance.
create table alliance (
    id           uuid primary key,
    name_zh      varchar(300)  not null,
    name_en      varchar(300)  not null,
    abbreviation varchar(40),
    description  varchar(4000),
    website      varchar(500),
    member_since date,
    our_role     varchar(40)   not null,
    version      bigint        not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null
);

create index alliance_name_en on alliance (lower(name_en));

-- Member institutions are references to another aggregate, so they live in a join table with a foreign key
-- (like agreement_partner) rather than in jsonb: a member must exist, and "which alliances is X in" is a lookup.
create table alliance_member (
    alliance_id    uuid    not null references alliance (id) on delete cascade,
    position       integer not null,
    institution_id uuid    not null references institution (id),
    joined_on      date,
    primary key (alliance_id, position),
    -- deferred, so that Hibernate may rewrite the ordered list row by row within one transaction
    constraint alliance_member_once unique (alliance_id, institution_id) deferrable initially deferred
);

create index alliance_member_institution on alliance_member (institution_id);
