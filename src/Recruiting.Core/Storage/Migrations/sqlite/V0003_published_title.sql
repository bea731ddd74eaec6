-- The published title as its own column and an index for newest-first lists, so the careers index and feeds
-- list postings without reading bodies.
ALTER TABLE "postings" ADD "PublishedTitle" TEXT NULL;

UPDATE "postings" SET "PublishedTitle" = json_extract("PublishedJson", '$.Title') WHERE "PublishedJson" IS NOT NULL;

CREATE INDEX "IX_postings_Status_Language_FirstPublishedAt" ON "postings" ("Status", "Language", "FirstPublishedAt");
