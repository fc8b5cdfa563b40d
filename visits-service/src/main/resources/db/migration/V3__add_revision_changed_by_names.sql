-- The names of whoever made each change, as their token carried them then, so the history names a person who has
-- left (the user name alone no longer finds them in the directory). Null for changes by a job and for older rows.
alter table revision add column changed_by_name varchar(200);
alter table revision add column changed_by_name_zh varchar(200);
