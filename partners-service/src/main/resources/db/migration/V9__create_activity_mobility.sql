-- Partner activity: programmes' mobilities as their events tell them (newest version of each wins). Facts only: which
-- institution, which way, what kind, which academic year, its state and the day it began; never who travelled.
create table activity_mobility (
    mobility_id   uuid primary key,
    institution_id uuid not null,
    direction     text not null check (direction in ('outbound', 'inbound')),
    mobility_type text not null,
    academic_year text not null,
    state         text not null,
    started_on    date,
    version       bigint not null,
    received_at   timestamptz not null
);

create index activity_mobility_institution on activity_mobility (institution_id, academic_year);
