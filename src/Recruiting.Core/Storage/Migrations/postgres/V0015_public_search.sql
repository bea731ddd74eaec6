-- What the careers index searches and filters on, as columns derived from the published content (PublishedListing):
-- the title and description folded (lower case, no accents), the locations, remote work, employment type and
-- department. The rows published so far are filled by the migration's code step (PublishedListingBackfill), in this
-- migration's transaction, so both databases fold text by the one rule in Core (TextFolding) rather than unaccent.
ALTER TABLE postings ADD "PublishedSearchText" text NULL;
ALTER TABLE postings ADD "PublishedLocations" text NULL;
ALTER TABLE postings ADD "PublishedRemote" boolean NOT NULL DEFAULT false;
ALTER TABLE postings ADD "PublishedRemoteCountry" text NULL;
ALTER TABLE postings ADD "PublishedEmploymentType" text NULL;
ALTER TABLE postings ADD "PublishedDepartment" text NULL;
