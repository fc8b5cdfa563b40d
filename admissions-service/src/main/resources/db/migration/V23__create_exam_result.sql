-- Licensing exam sittings of graduates (the exam's country, its name, the day sat, pass or fail): what the pass rates
-- by cohort and country are computed from. One result per student, exam and day.
create table exam_result (
    id           uuid primary key,
    student_id   uuid          not null references student (id) on delete cascade,
    country      varchar(2)    not null,
    exam         varchar(100)  not null,
    sat_on       date          not null,
    passed       boolean       not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null,
    unique (student_id, country, exam, sat_on)
);

create index exam_result_student on exam_result (student_id);
