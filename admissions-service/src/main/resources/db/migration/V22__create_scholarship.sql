-- Scholarship holdings of students (sponsor, type, amount per year in an ISO 4217 currency, period) and their annual
-- reviews (年度评审), one per holding and academic year, whose outcome sets the holding's state.
create table scholarship (
    id              uuid primary key,
    student_id      uuid          not null references student (id) on delete cascade,
    sponsor         varchar(200)  not null,
    type            varchar(40)   not null,
    amount          numeric(12, 2) not null check (amount > 0),
    currency        varchar(3)    not null,
    period_from     date          not null,
    period_to       date          not null,
    state           varchar(20)   not null,
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    check (period_to > period_from)
);

create index scholarship_student on scholarship (student_id);

create table scholarship_review (
    id              uuid primary key,
    scholarship_id  uuid          not null references scholarship (id) on delete cascade,
    academic_year   varchar(7)    not null,
    outcome         varchar(20)   not null,
    new_amount      numeric(12, 2) check (new_amount > 0),
    comment         varchar(2000),
    reviewed_by     varchar(100)  not null,
    reviewed_at     timestamptz   not null,
    unique (scholarship_id, academic_year)
);
