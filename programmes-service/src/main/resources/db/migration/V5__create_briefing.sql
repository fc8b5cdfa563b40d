-- Briefings: information sessions where partners present their programmes, online or on a campus. Presenting
-- partners are rows (figures count per partner); the linked schemes and calls are JSON lists of ids.
create table briefing (
    id           uuid primary key,
    title_zh     varchar(300)  not null,
    title_en     varchar(300)  not null,
    description  varchar(4000),
    format       varchar(20)   not null,
    campus       varchar(40),
    venue        varchar(300),
    link         varchar(500),
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    capacity     int           not null check (capacity > 0),
    scheme_ids   jsonb         not null default '[]',
    call_ids     jsonb         not null default '[]',
    state        varchar(40)   not null,
    version      bigint        not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null
);

create index briefing_starts_at on briefing (starts_at);
create index briefing_state on briefing (state);

create table briefing_partner (
    briefing_id    uuid not null references briefing (id) on delete cascade,
    position       int  not null,
    institution_id uuid not null,
    primary key (briefing_id, position)
);

create index briefing_partner_institution on briefing_partner (institution_id);

-- A person's registration for a briefing: the user name from their token, never shown to other students.
-- One registration per person and briefing that is not cancelled (a cancelled one may be followed by a new one).
create table briefing_registration (
    id           uuid primary key,
    briefing_id  uuid          not null references briefing (id),
    person       varchar(100)  not null,
    state        varchar(20)   not null,
    self_registered boolean    not null,
    version      bigint        not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null
);

create unique index briefing_registration_active on briefing_registration (briefing_id, person)
    where state <> 'cancelled';
create index briefing_registration_person on briefing_registration (person);
