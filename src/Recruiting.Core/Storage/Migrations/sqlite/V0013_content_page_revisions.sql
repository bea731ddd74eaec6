-- Simple pages (the careers index's introduction) go through the save pipeline: a version for optimistic
-- concurrency and a revision per save. A page saved before has version 1 and its revisions start at its next save.
ALTER TABLE "content_pages" ADD COLUMN "Version" INTEGER NOT NULL DEFAULT 1;

CREATE TABLE "content_page_revisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_content_page_revisions" PRIMARY KEY,
    "PageId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "ChangedFields" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "BodyMarkdown" TEXT NOT NULL,
    CONSTRAINT "FK_content_page_revisions_content_pages_PageId" FOREIGN KEY ("PageId") REFERENCES "content_pages" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_content_page_revisions_PageId_Number" ON "content_page_revisions" ("PageId", "Number");
