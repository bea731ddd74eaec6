-- Public pages rendered from the published content and stored as bytes: a request is one lookup by address. Rows name
-- what they show (a posting, a translation key, or every posting for a listing) so that a change removes exactly the
-- pages it makes wrong; the counter row 2 of public_content_version counts those removals.
CREATE TABLE rendered_pages (
    "Key" text NOT NULL,
    "BaseUrl" text NOT NULL,
    "ContentType" text NOT NULL,
    "Body" bytea NOT NULL,
    "ETag" text NOT NULL,
    "PostingId" uuid NULL,
    "TranslationKey" text NULL,
    "IsListing" boolean NOT NULL,
    "ValidUntilMs" bigint NULL,
    CONSTRAINT "PK_rendered_pages" PRIMARY KEY ("Key")
);

CREATE INDEX "IX_rendered_pages_PostingId" ON rendered_pages ("PostingId");

CREATE INDEX "IX_rendered_pages_TranslationKey" ON rendered_pages ("TranslationKey");

CREATE INDEX "IX_rendered_pages_IsListing" ON rendered_pages ("IsListing");
