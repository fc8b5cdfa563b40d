-- Chinese-foreign cooperatively-run programmes (中外合作办学项目), approved by the education authorities.
create table joint_programme (
    id                   uuid primary key,
    name_zh              varchar(300)  not null,
    name_en              varchar(300)  not null,
    chinese_partner_zh   varchar(300)  not null,
    chinese_partner_en   varchar(300)  not null,
    chinese_partner_unit varchar(60),
    foreign_partner_id   uuid          not null references institution (id),
    certificate_number   varchar(60),
    issuing_authority    varchar(200),
    approved_from        date,
    approved_to          date,
    majors               jsonb         not null default '[]',
    level                varchar(20)   not null,
    duration_years       integer       not null,
    delivery_mode        varchar(20)   not null,
    annual_intake        integer       not null,
    credentials_awarded  varchar(20)   not null,
    imported_core_share  numeric(5, 2),
    credit_recognition   jsonb         not null default '[]',
    status               varchar(20)   not null,
    version              bigint        not null,
    created_at           timestamptz   not null,
    created_by           varchar(100)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(100)  not null,
    constraint joint_programme_validity check (approved_to is null or approved_from is null or approved_to >= approved_from),
    constraint joint_programme_intake check (annual_intake >= 0),
    constraint joint_programme_share check (imported_core_share between 0 and 100)
);

create index joint_programme_foreign_partner on joint_programme (foreign_partner_id);
create index joint_programme_status on joint_programme (status);
