-- The published closing date as its own indexed column: the scheduler looks for expired postings every
-- 30 seconds and must not read every open posting's content to do it.
ALTER TABLE postings ADD "PublishedClosingAt" timestamp with time zone NULL;

UPDATE postings SET "PublishedClosingAt" = ("PublishedJson"::jsonb ->> 'ClosingAt')::timestamptz
WHERE "PublishedJson" IS NOT NULL AND ("PublishedJson"::jsonb ->> 'ClosingAt') IS NOT NULL;

CREATE INDEX "IX_postings_PublishedClosingAt_Status" ON postings ("PublishedClosingAt", "Status");
