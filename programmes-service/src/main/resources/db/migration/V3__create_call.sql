-- Calls: rounds of a scheme. The value lists a call is read with (eligibility, documents, criteria, reviewers, budget,
-- flags) are JSON; destinations are rows, so that an ended agreement finds the calls that use it.
create table programme_call (
    id                 uuid primary key,
    scheme_id          uuid         not null references scheme (id),
    title_zh           varchar(300) not null,
    title_en           varchar(300) not null,
    academic_year      varchar(7)   not null,
    direction          varchar(20)  not null,
    mobility_type      varchar(40)  not null,
    opens_on           date,
    closes_on          date,
    state              varchar(40)  not null,
    eligibility        jsonb        not null,
    required_documents jsonb        not null default '[]',
    criteria           jsonb        not null default '[]',
    reviewers          text[]       not null default '{}',
    budget             jsonb,
    flags              jsonb        not null default '[]',
    version            bigint       not null,
    created_at         timestamptz  not null,
    created_by         varchar(100) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(100) not null
);

create index programme_call_scheme on programme_call (scheme_id);
create index programme_call_state on programme_call (state);

create table call_destination (
    call_id         uuid not null references programme_call (id) on delete cascade,
    position        int  not null,
    institution_id  uuid not null,
    agreement_id    uuid not null,
    places          int  not null,
    override_reason varchar(2000),
    primary key (call_id, position)
);

create index call_destination_agreement on call_destination (agreement_id);
