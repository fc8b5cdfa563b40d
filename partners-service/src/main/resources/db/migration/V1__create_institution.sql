create table institution (
    id              uuid primary key,
    name_zh         varchar(300) not null,
    name_en         varchar(300) not null,
    local_name      varchar(300),
    normalized_name varchar(300) not null,
    abbreviation    varchar(40),
    country         varchar(2)   not null,
    city            varchar(120),
    kind            varchar(40)  not null,
    ror_id          varchar(40),
    schac_code      varchar(120),
    erasmus_code    varchar(40),
    website         varchar(500),
    contacts        jsonb        not null default '[]',
    units           jsonb        not null default '[]',
    tags            text[]       not null default '{}',
    status          varchar(20)  not null,
    owner           varchar(100) not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(100) not null
);

create index institution_country on institution (country);
create index institution_normalized_name on institution (normalized_name);
create index institution_ror_id on institution (ror_id) where ror_id is not null;
create index institution_schac_code on institution (lower(schac_code)) where schac_code is not null;
create index institution_tags on institution using gin (tags);
