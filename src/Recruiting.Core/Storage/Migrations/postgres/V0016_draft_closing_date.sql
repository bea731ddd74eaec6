-- The draft's closing date as its own indexed column, beside its title and leverId: the console's postings list shows
-- it and filters on it (closing soon, expired) without reading every draft's content.
ALTER TABLE postings ADD "ClosingAt" timestamp with time zone NULL;

UPDATE postings SET "ClosingAt" = ("DraftJson"::jsonb ->> 'ClosingAt')::timestamptz
WHERE ("DraftJson"::jsonb ->> 'ClosingAt') IS NOT NULL;

CREATE INDEX "IX_postings_ClosingAt" ON postings ("ClosingAt");
