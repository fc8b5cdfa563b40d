-- What programmes-service keeps of partners-service's institutions and agreements (from partners.institutions and
-- partners.agreements): names, countries, agreement states, dates and cooperation conditions. Each row holds the
-- state of the newest event applied (version = the producer's data.version); an older event never overwrites it.
create table partner_institution (
    id              uuid primary key,
    name_zh         varchar(300) not null,
    name_en         varchar(300) not null,
    abbreviation    varchar(40),
    country         varchar(2)   not null,
    country_name_zh varchar(100),
    country_name_en varchar(100),
    status          varchar(40)  not null,
    version         bigint       not null,
    applied_at      timestamptz  not null
);

create index partner_institution_country on partner_institution (country);

create table partner_agreement (
    id             uuid primary key,
    reference_code varchar(60),
    kind           varchar(60)  not null,
    title_zh       varchar(300) not null,
    title_en       varchar(300) not null,
    -- As partners-service names it; a state this service does not know is kept, and counts as not in force.
    state          varchar(40)  not null,
    effective_date date,
    expiry_date    date,
    conditions     jsonb        not null default '[]',
    deleted        boolean      not null default false,
    version        bigint       not null,
    applied_at     timestamptz  not null
);

create table partner_agreement_partner (
    agreement_id   uuid not null references partner_agreement (id) on delete cascade,
    position       int  not null,
    institution_id uuid not null,
    primary key (agreement_id, position)
);

create index partner_agreement_partner_institution on partner_agreement_partner (institution_id);
