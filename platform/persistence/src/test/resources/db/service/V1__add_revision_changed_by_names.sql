-- What each service's own migration adds to the platform's revision table (see partners-service V9).
alter table revision add column changed_by_name varchar(200);
alter table revision add column changed_by_name_zh varchar(200);
