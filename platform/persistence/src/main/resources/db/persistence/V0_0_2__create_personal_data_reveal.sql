-- Every time someone read personal data in full (a passport number): who, when, which record and field, and why.
-- Never the value itself.
create table personal_data_reveal (
    id             bigint generated always as identity primary key,
    aggregate_type varchar(40)  not null,
    aggregate_id   uuid         not null,
    field          varchar(200) not null,
    reason         varchar(500) not null,
    revealed_by    varchar(100) not null,
    revealed_at    timestamptz  not null,
    request_id     varchar(100)
);
create index personal_data_reveal_record on personal_data_reveal (aggregate_type, aggregate_id);
