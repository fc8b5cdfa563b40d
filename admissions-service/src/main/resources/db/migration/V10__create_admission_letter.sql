-- The admission letter of an application whose offer was accepted: one per application, the PDF (Chinese and
-- English) as it was issued, and what the public verification answers with (name, programme, date) beside its code.
create table admission_letter (
    id                  uuid primary key,
    application_id      uuid          not null unique references admission_application (id) on delete restrict,
    verification_code   varchar(19)   not null unique,
    passport_name       varchar(310)  not null,
    chinese_name        varchar(100),
    programme_name_en   varchar(300)  not null,
    programme_name_zh   varchar(300)  not null,
    issued_on           date          not null,
    file_name           varchar(255)  not null,
    content_type        varchar(100)  not null check (content_type = 'application/pdf'),
    size_bytes          bigint        not null check (size_bytes > 0),
    sha256              varchar(64)   not null,
    content             bytea         not null,
    uploaded_by         varchar(100)  not null,
    uploaded_at         timestamptz   not null
);

alter table admission_letter alter column content set storage external;
