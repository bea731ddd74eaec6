-- The published title as its own column and an index for newest-first lists, so the careers index and feeds
-- list postings without reading bodies.
ALTER TABLE postings ADD "PublishedTitle" character varying(500) NULL;

UPDATE postings SET "PublishedTitle" = ("PublishedJson"::jsonb ->> 'Title') WHERE "PublishedJson" IS NOT NULL;

CREATE INDEX "IX_postings_Status_Language_FirstPublishedAt" ON postings ("Status", "Language", "FirstPublishedAt");
