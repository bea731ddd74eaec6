-- Several instances on one database: the data-protection keys they share (cookies, antiforgery tokens),
-- the sign-in limits they count together, and the counter bumped after each change to public content.
CREATE TABLE "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "sign_in_counts" (
    "Key" TEXT NOT NULL,
    "WindowEnds" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_sign_in_counts" PRIMARY KEY ("Key")
);

CREATE TABLE "public_content_version" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_public_content_version" PRIMARY KEY,
    "Value" INTEGER NOT NULL
);
