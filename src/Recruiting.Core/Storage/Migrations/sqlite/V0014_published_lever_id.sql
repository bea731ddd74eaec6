-- The published leverId as its own column: the public readers pair a re-posted job's postings with their translations
-- by it (PublicTranslations) without reading every candidate's content.
ALTER TABLE "postings" ADD "PublishedLeverId" TEXT NULL;

UPDATE "postings" SET "PublishedLeverId" = json_extract("PublishedJson", '$.LeverId')
WHERE "PublishedJson" IS NOT NULL;
