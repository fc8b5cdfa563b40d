-- What the test consumer does for each event it applies: one row per application.
create table thing_effect (
    id       bigint generated always as identity primary key,
    event_id varchar(200) not null,
    subject  varchar(200) not null
);
