-- Partner activity from the other services' aggregates that name partner institutions: programmes' applications
-- (their destination choices) and visits' delegations (the institutions the guests come from). The newest version of
-- each wins. Facts only: the state, the day it happened and which partners; never who applied or who visited.
create table activity_record (
    record_id    uuid primary key,
    kind         text not null check (kind in ('application', 'delegation')),
    state        text not null,
    category     text,
    happened_on  date not null,
    version      bigint not null,
    received_at  timestamptz not null
);

create table activity_record_institution (
    record_id      uuid not null references activity_record (record_id) on delete cascade,
    position       integer not null,
    institution_id uuid not null,
    primary key (record_id, position)
);

create index activity_record_institution_by_institution on activity_record_institution (institution_id);
