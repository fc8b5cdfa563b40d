-- Admission applications: the applicant's own (applicant_subject is their token's sub). Education, tests, funding
-- and choices are read and written with the application only, so they are JSON. No passport number in this version.
create table admission_application (
    id                  uuid primary key,
    applicant_subject   varchar(100)  not null,
    applicant_username  varchar(100)  not null,
    surname             varchar(100),
    given_names         varchar(200),
    nationality         varchar(2),
    date_of_birth       date,
    education           jsonb         not null default '[]',
    language_tests      jsonb         not null default '[]',
    funding             jsonb,
    choices             jsonb         not null default '[]',
    state               varchar(40)   not null,
    submitted_at        timestamptz,
    decision_reason     varchar(2000),
    version             bigint        not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null
);

create index admission_application_applicant on admission_application (applicant_subject);
create index admission_application_state on admission_application (state);
-- One open application per applicant at a time (a later one once the earlier has ended).
create unique index admission_application_one_open on admission_application (applicant_subject)
    where state not in ('rejected', 'offer_declined', 'registered', 'withdrawn');

create table application_document (
    id                  uuid primary key,
    application_id      uuid          not null references admission_application (id) on delete restrict,
    kind                varchar(40)   not null,
    file_name           varchar(255)  not null,
    content_type        varchar(100)  not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes          bigint        not null check (size_bytes > 0),
    sha256              varchar(64)   not null,
    content             bytea         not null,
    status              varchar(20)   not null check (status in ('uploaded', 'verified', 'rejected')),
    uploaded_by         varchar(100)  not null,
    uploaded_at         timestamptz   not null,
    reviewed_by         varchar(100),
    reviewed_at         timestamptz,
    rejection_reason    varchar(2000)
);

create index application_document_application on application_document (application_id, kind, uploaded_at);
-- Downloads read the content in slices: stored uncompressed out of line, PostgreSQL fetches only the slice's chunks.
alter table application_document alter column content set storage external;

create table offer (
    id                  uuid primary key,
    application_id      uuid          not null references admission_application (id) on delete restrict,
    intake_id           uuid          not null references intake (id) on delete restrict,
    priority            integer       not null,
    kind                varchar(20)   not null,
    conditions          text[]        not null default '{}',
    deadline            date          not null,
    state               varchar(20)   not null,
    issued_by           varchar(100)  not null,
    issued_at           timestamptz   not null,
    answered_at         timestamptz,
    unique (application_id, priority)
);

create index offer_intake on offer (intake_id, state);
