-- Covering indexes for the console's postings list: filters, sort, page and translation states from the index alone.
CREATE INDEX "IX_postings_list" ON "postings" ("TrashedAt", "LastModifiedAt", "Id", "Title", "Language", "Slug", "Status", "TranslationKey", "ContentChangedAt");

CREATE INDEX "IX_postings_translation_pair" ON "postings" ("TranslationKey", "Language", "TrashedAt", "ContentChangedAt");
