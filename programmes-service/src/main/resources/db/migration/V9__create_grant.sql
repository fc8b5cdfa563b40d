-- Grants: money awarded to a mobility, with its instalments as one JSON list. "grant" is an SQL keyword, hence the
-- table's name. call_id is the mobility's call, kept here so that the awarded sum of a call is one indexed query.
create table mobility_grant (
    id          uuid primary key,
    mobility_id uuid           not null references mobility (id),
    call_id     uuid references programme_call (id),
    funder      varchar(40)    not null,
    amount      numeric(12, 2) not null,
    currency    varchar(3)     not null,
    instalments jsonb          not null default '[]',
    state       varchar(20)    not null,
    version     bigint         not null,
    created_at  timestamptz    not null,
    created_by  varchar(100)   not null,
    updated_at  timestamptz    not null,
    updated_by  varchar(100)   not null
);

create index mobility_grant_mobility on mobility_grant (mobility_id);
create index mobility_grant_call on mobility_grant (call_id);
