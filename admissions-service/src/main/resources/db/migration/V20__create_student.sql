-- Students: registered degree students (from their admission application, whose applicant's sub they keep) and
-- inbound exchange students (from programmes' inbound mobilities, the newest version of each winning). Names are
-- those of the application; an exchange student's name stays with programmes-service.
create table student (
    id                      uuid primary key,
    kind                    varchar(20)   not null check (kind in ('degree', 'exchange')),
    application_id          uuid          unique references admission_application (id) on delete restrict,
    mobility_id             uuid          unique,
    mobility_version        bigint,
    subject                 varchar(100),
    username                varchar(100),
    surname                 varchar(100),
    given_names             varchar(200),
    nationality             varchar(2),
    funding_type            varchar(40),
    programme_id            uuid          references degree_programme (id) on delete restrict,
    intake_id               uuid          references intake (id) on delete restrict,
    sending_institution_id  uuid,
    cohort                  varchar(20),
    unit                    varchar(60),
    advisor                 varchar(100),
    arrived_at              timestamptz,
    state                   varchar(20)   not null,
    state_reason            varchar(2000),
    version                 bigint        not null,
    created_at              timestamptz   not null,
    created_by              varchar(100)  not null,
    updated_at              timestamptz   not null,
    updated_by              varchar(100)  not null,
    check ((kind = 'degree') = (application_id is not null)),
    check ((kind = 'exchange') = (mobility_id is not null))
);

create index student_subject on student (subject);
create index student_state on student (state);
