-- A record of the tests' own with sealed columns (PersonalDataTest).
create table test_sealed (
    id     uuid primary key,
    number text,
    expiry text
);
