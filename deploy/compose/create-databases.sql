-- One database per service, each owned by its own user (user = password = database name: the demo's, as
-- devstack/services.properties documents). PostgreSQL's image runs this once, on an empty data volume.
-- A new service adds its two lines.
CREATE USER partners WITH PASSWORD 'partners';
CREATE DATABASE partners OWNER partners;
CREATE USER programmes WITH PASSWORD 'programmes';
CREATE DATABASE programmes OWNER programmes;
CREATE USER admissions WITH PASSWORD 'admissions';
CREATE DATABASE admissions OWNER admissions;
CREATE USER visits WITH PASSWORD 'visits';
CREATE DATABASE visits OWNER visits;
