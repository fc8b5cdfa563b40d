-- Mobilities: a participant's stay abroad (outbound, made when an application is confirmed) or with us (inbound,
-- recorded by the office). The learning agreement (courses, their home equivalents, the three approvals) is one JSON
-- value that is read and written whole; the partner is the projection's institution, found by id.
create table mobility (
    id                 uuid primary key,
    application_id     uuid references application (id),
    call_id            uuid references programme_call (id),
    direction          varchar(20)  not null,
    mobility_type      varchar(40)  not null,
    academic_year      varchar(7)   not null,
    participant_id     varchar(100),
    participant_name   varchar(200) not null,
    home_unit          varchar(60),
    institution_id     uuid         not null,
    planned_start      date,
    planned_end        date,
    actual_start       date,
    actual_end         date,
    state              varchar(40)  not null,
    learning_agreement jsonb        not null,
    credits_recognised numeric(5, 1),
    report             varchar(10000),
    version            bigint       not null,
    created_at         timestamptz  not null,
    created_by         varchar(100) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(100) not null
);

-- One mobility per confirmed application, also when two confirmations race.
create unique index mobility_one_per_application on mobility (application_id) where application_id is not null;
create index mobility_participant on mobility (participant_id);
create index mobility_unit on mobility (home_unit);
create index mobility_year on mobility (academic_year);
create index mobility_institution on mobility (institution_id);
