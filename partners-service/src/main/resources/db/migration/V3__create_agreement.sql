create table agreement (
    id                    uuid primary key,
    reference_code        varchar(60)  not null unique,
    kind                  varchar(40)  not null,
    title_zh              varchar(300) not null,
    title_en              varchar(300) not null,
    signing_unit          varchar(60)  not null,
    state                 varchar(20)  not null,
    effective_date        date,
    expiry_date           date,
    auto_renewal          boolean      not null default false,
    renewal_period_months integer,
    notice_period_days    integer,
    signatories           jsonb        not null default '[]',
    obligations           jsonb        not null default '[]',
    conditions            jsonb        not null default '[]',
    notes                 text,
    predecessor_id        uuid references agreement (id),
    termination_reason    text,
    review_comment        text,
    last_alert_days       integer,
    owner                 varchar(100) not null,
    version               bigint       not null,
    created_at            timestamptz  not null,
    created_by            varchar(100) not null,
    updated_at            timestamptz  not null,
    updated_by            varchar(100) not null
);

create index agreement_state_expiry on agreement (state, expiry_date);
create index agreement_predecessor on agreement (predecessor_id);

create table agreement_partner (
    agreement_id   uuid    not null references agreement (id) on delete cascade,
    institution_id uuid    not null references institution (id),
    position       integer not null,
    -- Keyed by position (Hibernate's list index); a partner is named once per agreement.
    primary key (agreement_id, position),
    unique (agreement_id, institution_id) deferrable initially deferred
);

create index agreement_partner_institution on agreement_partner (institution_id);

-- The last generated reference number per year: AGR-2026-0042. Incremented atomically (insert … on conflict).
create table agreement_reference_counter (
    year   integer primary key,
    last   integer not null
);
