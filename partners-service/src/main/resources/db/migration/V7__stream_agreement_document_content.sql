-- Downloads read a document's content in slices (substring). Stored uncompressed out of line, PostgreSQL fetches only
-- the chunks of the slice asked for; compressed, it would decompress the file from its start for every slice. PDFs
-- are compressed inside already, so little space is lost.
alter table agreement_document alter column content set storage external;
