-- The platform's libraries share a service's Flyway history: persistence numbers its migrations 0.0.x, messaging 0.x,
-- the service 1 and up.
-- Every change of a record with history, as a snapshot of what an API reader saw (never personal data).
create table revision (
    id             bigint generated always as identity primary key,
    aggregate_type varchar(40)  not null,
    aggregate_id   uuid         not null,
    number         bigint       not null,
    action         varchar(60)  not null,
    reason         text,
    changed_fields text[]       not null default '{}',
    snapshot       jsonb        not null,
    changed_by     varchar(100) not null,
    changed_at     timestamptz  not null,
    unique (aggregate_type, aggregate_id, number)
);
