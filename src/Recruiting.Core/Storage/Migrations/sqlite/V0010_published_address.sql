-- The public side reads the address a posting was published at, so saving a draft that changes its slug, language or
-- translation key moves nothing public; and a redirect answers only once the version carrying it is published.
ALTER TABLE "postings" ADD "PublishedLanguage" TEXT NULL;
ALTER TABLE "postings" ADD "PublishedSlug" TEXT NULL;
ALTER TABLE "postings" ADD "PublishedTranslationKey" TEXT NULL;

UPDATE "postings" SET "PublishedLanguage" = "Language", "PublishedSlug" = "Slug", "PublishedTranslationKey" = "TranslationKey"
WHERE "PublishedJson" IS NOT NULL;

DROP INDEX "IX_postings_Status_Language_PublishedAt";
DROP INDEX "IX_postings_Status_Language_FirstPublishedAt";
CREATE UNIQUE INDEX "IX_postings_PublishedLanguage_PublishedSlug" ON "postings" ("PublishedLanguage", "PublishedSlug");
CREATE INDEX "IX_postings_PublishedTranslationKey_PublishedLanguage" ON "postings" ("PublishedTranslationKey", "PublishedLanguage");
CREATE INDEX "IX_postings_Status_PublishedLanguage_PublishedAt" ON "postings" ("Status", "PublishedLanguage", "PublishedAt");
CREATE INDEX "IX_postings_Status_PublishedLanguage_FirstPublishedAt" ON "postings" ("Status", "PublishedLanguage", "FirstPublishedAt");

-- Redirects of postings published so far were answering: they stay live. Those of never-published drafts wait.
ALTER TABLE "redirects" ADD "PublishedAt" TEXT NULL;
UPDATE "redirects" SET "PublishedAt" = "CreatedAt"
WHERE "PostingId" IN (SELECT "Id" FROM "postings" WHERE "PublishedJson" IS NOT NULL);
