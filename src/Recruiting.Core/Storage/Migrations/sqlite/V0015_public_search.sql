-- What the careers index searches and filters on, as columns derived from the published content (PublishedListing):
-- the title and description folded (lower case, no accents), the locations, remote work, employment type and
-- department. The rows published so far are filled by the migration's code step (PublishedListingBackfill), in this
-- migration's transaction, since SQLite has no function that removes accents.
ALTER TABLE "postings" ADD "PublishedSearchText" TEXT NULL;
ALTER TABLE "postings" ADD "PublishedLocations" TEXT NULL;
ALTER TABLE "postings" ADD "PublishedRemote" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "postings" ADD "PublishedRemoteCountry" TEXT NULL;
ALTER TABLE "postings" ADD "PublishedEmploymentType" TEXT NULL;
ALTER TABLE "postings" ADD "PublishedDepartment" TEXT NULL;
