-- Applications to calls. The applicant is the token's subject (sub); choices are rows so that a destination finds
-- the applications that chose it; language results and the eligibility check's reasons are JSON value lists.
create table application (
    id                    uuid primary key,
    call_id               uuid         not null references programme_call (id),
    applicant_id          varchar(100) not null,
    applicant_username    varchar(100) not null,
    home_unit             varchar(60),
    statement             varchar(5000),
    gpa                   numeric(3, 2),
    year_of_study         int,
    language_results      jsonb        not null default '[]',
    state                 varchar(40)  not null,
    ineligibility_reasons jsonb        not null default '[]',
    submitted_at          timestamptz,
    version               bigint       not null,
    created_at            timestamptz  not null,
    created_by            varchar(100) not null,
    updated_at            timestamptz  not null,
    updated_by            varchar(100) not null
);

-- One application per person and call, a withdrawn one aside.
create unique index application_one_per_applicant on application (call_id, applicant_id) where state <> 'withdrawn';
create index application_applicant on application (applicant_id);
create index application_unit on application (home_unit);

create table application_choice (
    application_id uuid not null references application (id) on delete cascade,
    position       int  not null,
    institution_id uuid not null,
    primary key (application_id, position)
);

create index application_choice_institution on application_choice (institution_id);
