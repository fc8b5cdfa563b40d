-- Events a consumer has already applied; the row is written in the same transaction as the effect.
create table inbox_message (
    consumer    varchar(200) not null,
    event_id    varchar(200) not null,
    received_at timestamptz  not null,
    primary key (consumer, event_id)
);
