-- Events waiting to be published. Written in the same transaction as the business change they describe.
create table outbox_message (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        varchar(200) not null,
    record_key   varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz
);

create index outbox_message_unpublished on outbox_message (id) where published_at is null;
