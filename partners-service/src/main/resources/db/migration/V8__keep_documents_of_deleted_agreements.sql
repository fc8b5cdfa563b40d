-- An agreement with documents is never deleted (the API refuses with 409 has-documents); the database refuses too,
-- instead of deleting the documents with it.
alter table agreement_document drop constraint agreement_document_agreement_id_fkey;
alter table agreement_document add constraint agreement_document_agreement_id_fkey
    foreign key (agreement_id) references agreement (id) on delete restrict;
