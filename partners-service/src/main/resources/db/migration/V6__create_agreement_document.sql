-- The documents of an agreement (drafts, the signed PDF, annexes). Nothing is ever overwritten or deleted by the API:
-- uploading the same kind and title again adds the next version, so the upload history is these rows themselves.
create table agreement_document (
    id           uuid primary key,
    agreement_id uuid         not null references agreement (id) on delete cascade,
    kind         varchar(20)  not null check (kind in ('draft', 'signed', 'annex')),
    title        varchar(300) not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       varchar(64)  not null,
    version      integer      not null check (version > 0),
    content      bytea        not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null,
    -- Also the index on agreement_id (its leading column) that the list of an agreement's documents uses.
    unique (agreement_id, kind, title, version)
);
