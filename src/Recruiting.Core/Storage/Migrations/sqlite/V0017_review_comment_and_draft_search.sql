-- A revision may keep what its author wrote with it: the comment of a publisher who sends a posting back to its author.
ALTER TABLE "posting_revisions" ADD "Comment" TEXT NULL;

-- What the console's postings list searches: the draft's title, leverId and body folded (lower case, no accents) by
-- TextFolding. The rows saved so far are filled by the migration's code step (DraftSearchBackfill), since SQLite has no
-- function that removes accents.
ALTER TABLE "postings" ADD "SearchText" TEXT NOT NULL DEFAULT '';
