-- The published closing date as its own indexed column: the scheduler looks for expired postings every
-- 30 seconds and must not read every open posting's content to do it.
ALTER TABLE "postings" ADD "PublishedClosingAt" TEXT NULL;

UPDATE "postings" SET "PublishedClosingAt" = strftime('%Y-%m-%d %H:%M:%f', json_extract("PublishedJson", '$.ClosingAt'))
WHERE "PublishedJson" IS NOT NULL AND json_extract("PublishedJson", '$.ClosingAt') IS NOT NULL;

CREATE INDEX "IX_postings_PublishedClosingAt_Status" ON "postings" ("PublishedClosingAt", "Status");
