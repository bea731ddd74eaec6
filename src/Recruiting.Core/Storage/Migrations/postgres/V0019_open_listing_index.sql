-- The careers index reads the open postings of one language, newest first. This partial index holds exactly those rows
-- (the rule of PublicPostings.Open) in that order. Unlike SQLite's, it carries no listing values: an index entry must fit
-- in a third of a page and the search text may not, and PostgreSQL stores a row's large values (JSON, HTML) apart.
CREATE INDEX "IX_postings_open_listing" ON postings ("Status", "PublishedLanguage", "FirstPublishedAt" DESC, "Id") WHERE "TrashedAt" IS NULL AND "PublishedLanguage" IS NOT NULL AND "Status" = 3;
