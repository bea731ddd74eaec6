-- Initial schema: postings, revisions, redirects, pages, identity, audit, API tokens, webhooks.
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "MustChangePassword" INTEGER NOT NULL,
    "Disabled" INTEGER NOT NULL,
    "PreferredLanguage" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "audit_log" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY,
    "At" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Details" TEXT NOT NULL,
    "RemoteAddress" TEXT NULL
);


CREATE TABLE "content_pages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_content_pages" PRIMARY KEY,
    "PageType" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "BodyMarkdown" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);


CREATE TABLE "postings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_postings" PRIMARY KEY,
    "Language" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "TranslationKey" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "DraftJson" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "LeverId" TEXT NULL,
    "PublishedJson" TEXT NULL,
    "PublishedHtml" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastModifiedAt" TEXT NOT NULL,
    "FirstPublishedAt" TEXT NULL,
    "PublishedAt" TEXT NULL,
    "ScheduledPublishAt" TEXT NULL,
    "ArchivedAt" TEXT NULL,
    "TrashedAt" TEXT NULL,
    "ContentChangedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "ImportSource" TEXT NULL,
    "ImportHash" TEXT NULL,
    "ImportedVersion" INTEGER NULL
);


CREATE TABLE "webhooks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_webhooks" PRIMARY KEY,
    "Url" TEXT NOT NULL,
    "Secret" TEXT NOT NULL,
    "Events" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "api_tokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_api_tokens" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_api_tokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "posting_revisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_posting_revisions" PRIMARY KEY,
    "PostingId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "ChangedFields" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "ContentJson" TEXT NOT NULL,
    CONSTRAINT "FK_posting_revisions_postings_PostingId" FOREIGN KEY ("PostingId") REFERENCES "postings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "redirects" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_redirects" PRIMARY KEY,
    "Path" TEXT NOT NULL,
    "PostingId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_redirects_postings_PostingId" FOREIGN KEY ("PostingId") REFERENCES "postings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "webhook_deliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_webhook_deliveries" PRIMARY KEY,
    "WebhookId" TEXT NOT NULL,
    "Event" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "DeliveredAt" TEXT NULL,
    "LastStatusCode" INTEGER NULL,
    "LastError" TEXT NULL,
    CONSTRAINT "FK_webhook_deliveries_webhooks_WebhookId" FOREIGN KEY ("WebhookId") REFERENCES "webhooks" ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_api_tokens_Hash" ON "api_tokens" ("Hash");


CREATE INDEX "IX_api_tokens_UserId" ON "api_tokens" ("UserId");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_audit_log_At" ON "audit_log" ("At");


CREATE UNIQUE INDEX "IX_content_pages_PageType_Language" ON "content_pages" ("PageType", "Language");


CREATE UNIQUE INDEX "IX_posting_revisions_PostingId_Number" ON "posting_revisions" ("PostingId", "Number");


CREATE INDEX "IX_postings_ImportSource" ON "postings" ("ImportSource");


CREATE UNIQUE INDEX "IX_postings_Language_Slug" ON "postings" ("Language", "Slug");


CREATE INDEX "IX_postings_LeverId" ON "postings" ("LeverId");


CREATE INDEX "IX_postings_Status_Language_PublishedAt" ON "postings" ("Status", "Language", "PublishedAt");


CREATE INDEX "IX_postings_TranslationKey" ON "postings" ("TranslationKey");


CREATE UNIQUE INDEX "IX_redirects_Path" ON "redirects" ("Path");


CREATE INDEX "IX_redirects_PostingId" ON "redirects" ("PostingId");


CREATE INDEX "IX_webhook_deliveries_Status_NextAttemptAt" ON "webhook_deliveries" ("Status", "NextAttemptAt");


CREATE INDEX "IX_webhook_deliveries_WebhookId" ON "webhook_deliveries" ("WebhookId");


