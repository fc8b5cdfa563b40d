-- Events a consumer sent to the dead-letter topic. While one of a subject is here, the later events of that subject
-- follow it there unapplied, so that no consumer applies an aggregate's events out of order. Applying a replayed
-- event deletes its row.
create table inbox_dead_letter (
    consumer   varchar(200) not null,
    event_id   varchar(200) not null,
    subject    varchar(200) not null,
    event_type varchar(200) not null,
    reason     text         not null,
    failed_at  timestamptz  not null,
    primary key (consumer, event_id)
);

create index inbox_dead_letter_subject on inbox_dead_letter (consumer, subject);
