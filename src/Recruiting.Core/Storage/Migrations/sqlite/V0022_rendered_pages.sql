-- Public pages rendered from the published content and stored as bytes: a request is one lookup by address. Rows name
-- what they show (a posting, a translation key, or every posting for a listing) so that a change removes exactly the
-- pages it makes wrong; the counter row 2 of public_content_version counts those removals.
CREATE TABLE "rendered_pages" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_rendered_pages" PRIMARY KEY,
    "BaseUrl" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Body" BLOB NOT NULL,
    "ETag" TEXT NOT NULL,
    "PostingId" TEXT NULL,
    "TranslationKey" TEXT NULL,
    "IsListing" INTEGER NOT NULL,
    "ValidUntilMs" INTEGER NULL
);

CREATE INDEX "IX_rendered_pages_PostingId" ON "rendered_pages" ("PostingId");

CREATE INDEX "IX_rendered_pages_TranslationKey" ON "rendered_pages" ("TranslationKey");

CREATE INDEX "IX_rendered_pages_IsListing" ON "rendered_pages" ("IsListing");
