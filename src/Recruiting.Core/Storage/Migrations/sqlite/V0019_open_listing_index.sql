-- The careers index reads the open postings of one language, newest first: their count, a page of cards and the
-- values of the filters, searching the folded text. This partial index holds exactly those rows (the rule of
-- PublicPostings.Open) and every column those queries read, so they never walk the wide rows (JSON and HTML).
CREATE INDEX "IX_postings_open_listing" ON "postings" ("Status", "PublishedLanguage", "FirstPublishedAt" DESC, "Id", "PublishedSlug", "PublishedTitle", "PublishedLocations", "PublishedRemote", "PublishedRemoteCountry", "PublishedEmploymentType", "PublishedDepartment", "PublishedClosingAt", "PublishedSearchText", "TrashedAt") WHERE "TrashedAt" IS NULL AND "PublishedLanguage" IS NOT NULL AND "Status" = 3;
