-- The facts of a student's stay that start and meet their compliance clocks (the clocks themselves are computed),
-- and the alerts already sent, so each is sent once: a clock is named by its item and the instant it is due by (a
-- second move or a new permit makes new clocks), an alert by its kind and lead. The permit's number is not kept here.
alter table student
    add column residence_permit_required    boolean not null default true,
    add column accommodation_registered_at  timestamptz,
    add column health_checked_on            date,
    add column insured_from                 date,
    add column permit_applied_on            date,
    add column permit_issued_on             date,
    add column permit_expiry                date,
    add column permit_renewal_applied_on    date,
    add column moves                        jsonb not null default '[]',
    add check (permit_expiry is null or permit_issued_on is not null and permit_expiry > permit_issued_on);

create table student_alert_sent (
    student_id    uuid         not null references student (id) on delete cascade,
    item          varchar(40)  not null,
    due_by        timestamptz  not null,
    kind          varchar(20)  not null,
    lead_seconds  bigint       not null,
    sent_at       timestamptz  not null,
    primary key (student_id, item, due_by, kind, lead_seconds)
);
