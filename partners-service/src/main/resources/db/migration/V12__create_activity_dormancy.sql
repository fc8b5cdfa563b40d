-- What the dormancy check last told others about each institution (partners.institutions, institution.dormant /
-- .reactivated), so each change of state is published once. No row: never found dormant.
create table activity_dormancy (
    institution_id uuid primary key,
    dormant        boolean not null,
    last_activity  date,
    changed_on     date not null,
    checked_on     date not null
);
