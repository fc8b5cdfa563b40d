-- The documents a host institution asks for once an application is nominated (e.g. its application form, a transcript
-- in English); the office records them, the applicant or the office uploads them (application_document, stage 'host').
create table application_host_requirement (
    application_id uuid         not null references application (id) on delete restrict,
    code           varchar(40)  not null,
    title          jsonb        not null,
    requested_by   varchar(100) not null,
    requested_at   timestamptz  not null,
    primary key (application_id, code)
);
