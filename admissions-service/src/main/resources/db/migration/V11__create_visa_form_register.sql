-- The register of the ministry's numbered visa forms (JW201 / JW202). A batch is what one delivery brought; every
-- form of it is a row from the start, blank, so a number exists once (its primary key) and is issued at most once:
-- a form only ever moves blank → issued → voided, and a voided number is kept with its reason, never blank again.
create table visa_form_batch (
    id                  uuid primary key,
    type                varchar(5)    not null check (type in ('JW201', 'JW202')),
    received_on         date          not null,
    first_number        varchar(14)   not null,
    last_number         varchar(14)   not null,
    size                integer       not null check (size > 0),
    version             bigint        not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null
);

create table visa_form (
    number              varchar(14)   primary key,
    batch_id            uuid          not null references visa_form_batch (id) on delete restrict,
    type                varchar(5)    not null check (type in ('JW201', 'JW202')),
    -- The order forms are handed out in: the batch's delivery, then the number.
    position            bigint        not null,
    status              varchar(10)   not null check (status in ('blank', 'issued', 'voided')),
    application_id      uuid          references admission_application (id) on delete restrict,
    issued_by           varchar(100),
    issued_at           timestamptz,
    void_reason         varchar(2000),
    voided_by           varchar(100),
    voided_at           timestamptz,
    -- The voided form this one was issued in place of.
    replaces            varchar(14)   unique references visa_form (number) on delete restrict,
    version             bigint        not null,
    check (status <> 'blank' or (application_id is null and issued_at is null)),
    check (status <> 'issued' or (application_id is not null and issued_at is not null)),
    check ((status = 'voided') = (void_reason is not null and voided_at is not null))
);

create index visa_form_free on visa_form (type, position) where status = 'blank';
create index visa_form_application on visa_form (application_id);
-- A student holds one valid form at a time; a reissue voids the old one first.
create unique index visa_form_one_valid on visa_form (application_id) where status = 'issued';
create sequence visa_form_position;

-- A blank form never comes back: an issued or voided one keeps its number's history.
create function visa_form_never_blank_again() returns trigger language plpgsql as $$
begin
    if old.status <> 'blank' and new.status = 'blank' then
        raise exception 'visa form % was % and cannot be blank again', old.number, old.status
            using errcode = 'check_violation';
    end if;
    if old.status = 'voided' and new.status <> 'voided' then
        raise exception 'visa form % is voided', old.number using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger visa_form_lifecycle before update on visa_form for each row execute function visa_form_never_blank_again();
