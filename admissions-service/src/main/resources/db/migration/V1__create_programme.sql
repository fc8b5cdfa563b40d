-- Degree programmes offered to international students and their intakes. Required documents and the language test
-- minimum are read with their programme only, so they are columns of it (the documents as a JSON list of kinds).
create table degree_programme (
    id                  uuid primary key,
    code                varchar(40)   not null unique,
    name_zh             varchar(300)  not null,
    name_en             varchar(300)  not null,
    level               varchar(20)   not null,
    language            varchar(2)   not null,
    duration_months     integer       not null check (duration_months between 1 and 120),
    tuition_amount      numeric(12, 2) not null check (tuition_amount >= 0),
    tuition_currency    varchar(3)      not null,
    min_ielts           numeric(2, 1),
    min_toefl           integer,
    min_hsk             integer,
    required_documents  jsonb         not null default '[]',
    version             bigint        not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null
);

create table intake (
    id                  uuid primary key,
    programme_id        uuid          not null references degree_programme (id) on delete restrict,
    starts_on           date          not null,
    applications_open   date          not null,
    applications_close  date          not null,
    places              integer       not null check (places > 0),
    version             bigint        not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null,
    unique (programme_id, starts_on),
    check (applications_close >= applications_open),
    check (starts_on > applications_close)
);

create index intake_window on intake (applications_open, applications_close);
