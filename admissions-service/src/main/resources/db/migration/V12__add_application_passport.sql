-- The applicant's passport number and expiry, sealed by platform/persistence (pd1:<key id>:…): the columns never
-- hold the plain value, and nothing else (history, events, logs) holds it either.
alter table admission_application add column passport_number text;
alter table admission_application add column passport_expiry text;
