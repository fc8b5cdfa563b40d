-- Delegations: inbound visits. Guests and gifts are read with their delegation only, so they are JSON; itinerary
-- items are rows, because double bookings are looked for across all delegations by time.
create table delegation (
    id                     uuid primary key,
    title_zh               varchar(300)  not null,
    title_en               varchar(300)  not null,
    category               varchar(40)   not null,
    host_unit              varchar(100)  not null,
    arrival_on             date          not null,
    departure_on           date          not null,
    purpose                varchar(4000),
    guests                 jsonb         not null default '[]',
    gifts                  jsonb         not null default '[]',
    hospitality_budget     jsonb,
    actual_cost            jsonb,
    requested_on           date          not null,
    notice_override_reason varchar(2000),
    notice_overridden_by   varchar(100),
    report                 text,
    reported_on            date,
    state                  varchar(40)   not null,
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null,
    check (departure_on >= arrival_on)
);

create index delegation_state on delegation (state);
create index delegation_host_unit on delegation (host_unit);
create index delegation_arrival_on on delegation (arrival_on);

create table itinerary_item (
    id                     uuid primary key,
    delegation_id          uuid          not null references delegation (id) on delete cascade,
    kind                   varchar(20)   not null,
    title                  varchar(300)  not null,
    starts_at              timestamptz   not null,
    ends_at                timestamptz   not null,
    venue                  varchar(300),
    host                   varchar(200),
    interpreter            varchar(200),
    acknowledged_conflicts jsonb         not null default '[]',
    acknowledged_by        varchar(100),
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null,
    check (ends_at > starts_at)
);

create index itinerary_item_delegation on itinerary_item (delegation_id);
create index itinerary_item_time on itinerary_item (starts_at, ends_at);
