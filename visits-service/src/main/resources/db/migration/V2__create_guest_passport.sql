-- Guests get an id, so an update keeps a guest's passport and the office can ask for one guest's passport in full.
update delegation
   set guests = (select jsonb_agg(guest || jsonb_build_object('id', gen_random_uuid()) order by position)
                   from jsonb_array_elements(guests) with ordinality as listed(guest, position))
 where jsonb_array_length(guests) > 0;

-- A guest's passport, sealed by platform/persistence (pd1:<key id>:…): the columns never hold the plain value.
create table guest_passport (
    guest_id      uuid primary key,
    delegation_id uuid         not null references delegation (id) on delete cascade,
    number        text         not null,
    expiry        text         not null,
    updated_by    varchar(100) not null,
    updated_at    timestamptz  not null
);
create index guest_passport_delegation on guest_passport (delegation_id);
