-- A database blip, injected from outside the application: for a chosen subject, applying an event fails from the
-- first attempt on for a chosen number of milliseconds. Sequences keep the blip's start and count the failed
-- attempts, because a rollback does not undo them. One blip at a time.
create table thing_blip (
    subject varchar(200) primary key,
    millis  bigint       not null
);

create sequence thing_blip_started minvalue 0 start 0;
create sequence thing_blip_failures;

create function thing_blip_check() returns trigger language plpgsql as $$
declare
    now_millis bigint := (extract(epoch from clock_timestamp()) * 1000)::bigint;
    duration   bigint;
begin
    select millis into duration from thing_blip where subject = new.subject;
    if duration is null then
        return new;
    end if;
    if (select last_value from thing_blip_started) = 0 then
        perform setval('thing_blip_started', now_millis);
    end if;
    if now_millis < (select last_value from thing_blip_started) + duration then
        perform nextval('thing_blip_failures');
        raise exception 'database blip for %', new.subject;
    end if;
    return new;
end;
$$;

create trigger thing_blip_check before insert on thing_effect for each row execute function thing_blip_check();
