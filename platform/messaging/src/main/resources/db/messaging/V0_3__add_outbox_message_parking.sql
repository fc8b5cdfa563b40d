-- A row Kafka keeps refusing (too large, invalid topic, not authorised) is parked with its error, so that the rest
-- flow on; the later rows of its aggregate (topic and record key) wait behind it.
alter table outbox_message add column attempts int not null default 0;
alter table outbox_message add column last_error text;
alter table outbox_message add column parked_at timestamptz;

create index outbox_message_parked on outbox_message (topic, record_key, id)
    where parked_at is not null and published_at is null;
