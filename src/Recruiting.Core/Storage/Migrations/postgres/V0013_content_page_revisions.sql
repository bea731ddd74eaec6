-- Simple pages (the careers index's introduction) go through the save pipeline: a version for optimistic
-- concurrency and a revision per save. A page saved before has version 1 and its revisions start at its next save.
ALTER TABLE content_pages ADD COLUMN "Version" integer NOT NULL DEFAULT 1;

CREATE TABLE content_page_revisions (
    "Id" uuid NOT NULL,
    "PageId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Author" text NOT NULL,
    "Action" text NOT NULL,
    "ChangedFields" text NOT NULL,
    "Title" text NOT NULL,
    "BodyMarkdown" text NOT NULL,
    CONSTRAINT "PK_content_page_revisions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_content_page_revisions_content_pages_PageId" FOREIGN KEY ("PageId") REFERENCES content_pages ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_content_page_revisions_PageId_Number" ON content_page_revisions ("PageId", "Number");
