-- The documents of an application: those the call requires (stage 'application', uploaded by the applicant while the
-- application is a draft) and those the host asks for after nomination (stage 'host', uploaded by the applicant or the
-- office, verified by the office). Kind is the code of the call's required document or of the host's requirement.
create table application_document (
    id             uuid primary key,
    application_id uuid         not null references application (id) on delete restrict,
    stage          varchar(20)  not null check (stage in ('application', 'host')),
    kind           varchar(40)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         varchar(64)  not null,
    content        bytea        not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamptz  not null,
    verified_by    varchar(100),
    verified_at    timestamptz
);

create index application_document_application on application_document (application_id, stage, kind);

-- Downloads read the content in slices (substring): stored uncompressed out of line, PostgreSQL fetches only the
-- chunks of the slice asked for (as partners-service's agreement documents).
alter table application_document alter column content set storage external;
