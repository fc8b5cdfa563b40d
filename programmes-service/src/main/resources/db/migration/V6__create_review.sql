-- Review: the call's reviewers (user names, as the call lists them) assigned to applications, the conflicts of
-- interest they declare and their scores per criterion code (a JSON object {criterion: 0..100}).
create table review_assignment (
    id                uuid primary key,
    call_id           uuid          not null references programme_call (id),
    application_id    uuid          not null references application (id),
    reviewer          varchar(100)  not null,
    conflict_declared boolean       not null default false,
    conflict_reason   varchar(2000),
    scores            jsonb         not null default '{}',
    version           bigint        not null,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null,
    constraint review_assignment_once unique (application_id, reviewer)
);

create index review_assignment_reviewer on review_assignment (reviewer, call_id);
create index review_assignment_call on review_assignment (call_id);

-- The allocation of a call: one run per call (a run on other inputs replaces it), named by the fingerprint of its
-- inputs; one result row per application, so nobody is allocated twice.
create table allocation_run (
    id          uuid primary key,
    call_id     uuid         not null references programme_call (id),
    fingerprint varchar(64)  not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    constraint allocation_run_one_per_call unique (call_id)
);

create table allocation_result (
    run_id            uuid        not null references allocation_run (id) on delete cascade,
    call_id           uuid        not null references programme_call (id),
    application_id    uuid        not null references application (id),
    rank              int         not null check (rank >= 1),
    score             numeric(5, 2) not null,
    outcome           varchar(20) not null,
    destination       uuid,
    choice            int,
    waitlist_position int,
    tie_break         jsonb,
    explanation       jsonb       not null,
    primary key (run_id, application_id),
    constraint allocation_result_once unique (call_id, application_id),
    constraint allocation_result_rank_once unique (call_id, rank),
    constraint allocation_result_outcome check (
        outcome = 'allocated' and destination is not null and choice is not null and waitlist_position is null
        or outcome = 'waitlisted' and destination is null and choice is null and waitlist_position is not null)
);
