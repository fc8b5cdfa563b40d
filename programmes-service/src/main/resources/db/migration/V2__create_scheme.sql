-- Schemes: recurring programmes, each destination a partner institution with the agreement that covers it.
create table scheme (
    id            uuid primary key,
    kind          varchar(40)  not null,
    title_zh      varchar(300) not null,
    title_en      varchar(300) not null,
    description   varchar(4000),
    funding_rules varchar(4000),
    version       bigint       not null,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(100) not null
);

create table scheme_destination (
    scheme_id      uuid not null references scheme (id) on delete cascade,
    position       int  not null,
    institution_id uuid not null,
    agreement_id   uuid not null,
    primary key (scheme_id, position)
);

create index scheme_destination_institution on scheme_destination (institution_id);
