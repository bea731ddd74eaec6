-- The draft's closing date as its own indexed column, beside its title and leverId: the console's postings list shows
-- it and filters on it (closing soon, expired) without reading every draft's content.
ALTER TABLE "postings" ADD "ClosingAt" TEXT NULL;

UPDATE "postings" SET "ClosingAt" = strftime('%Y-%m-%d %H:%M:%f', json_extract("DraftJson", '$.ClosingAt'))
WHERE json_extract("DraftJson", '$.ClosingAt') IS NOT NULL;

CREATE INDEX "IX_postings_ClosingAt" ON "postings" ("ClosingAt");
