-- The schema EnsureCreated made at commit a7d8776, with IngestJobs.LeaseHolder (commits 5adde3d to a7d8776, the last before migrations).
-- Generated with TimelineDbContext.Database.GenerateCreateScript() on that commit's model (Sqlite provider); test data, do not edit.
CREATE TABLE "Datasets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Datasets" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "CapturedAt" INTEGER NOT NULL,
    "ZoneId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CompletedAt" INTEGER NULL,
    "DumpHash" TEXT NOT NULL,
    "Format" TEXT NULL,
    "Error" TEXT NULL,
    "DocumentCount" INTEGER NOT NULL,
    "EventCount" INTEGER NOT NULL,
    "ActorCount" INTEGER NOT NULL,
    "CountryCount" INTEGER NOT NULL
);


CREATE TABLE "Dumps" (
    "Hash" TEXT NOT NULL CONSTRAINT "PK_Dumps" PRIMARY KEY,
    "Content" BLOB NOT NULL,
    "Size" INTEGER NOT NULL,
    "StoredAt" INTEGER NOT NULL
);


CREATE TABLE "IngestJobs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IngestJobs" PRIMARY KEY,
    "DatasetId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Done" INTEGER NOT NULL,
    "Total" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "Error" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "LeaseUntil" INTEGER NULL,
    "LeaseHolder" TEXT NULL,
    "Owner" TEXT NULL
);


CREATE TABLE "Actors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Actors" PRIMARY KEY AUTOINCREMENT,
    "DatasetId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Role" TEXT NULL,
    "CountryCode" TEXT NULL,
    "Aliases" TEXT NOT NULL,
    CONSTRAINT "FK_Actors_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DatasetCountries" (
    "DatasetId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "PK_DatasetCountries" PRIMARY KEY ("DatasetId", "Code"),
    CONSTRAINT "FK_DatasetCountries_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Documents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY AUTOINCREMENT,
    "DatasetId" TEXT NOT NULL,
    "Index" INTEGER NOT NULL,
    "Source" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "PublishedAt" INTEGER NOT NULL,
    "PublishedBasis" TEXT NOT NULL,
    "PublishedEvidence" TEXT NOT NULL,
    "PublishedDateOnly" INTEGER NOT NULL,
    "Credits" TEXT NOT NULL,
    "Url" TEXT NULL,
    CONSTRAINT "FK_Documents_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "DatasetId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Start" INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    "FirstDay" TEXT NOT NULL,
    "LastDay" TEXT NOT NULL,
    "Precision" TEXT NOT NULL,
    "IsVague" INTEGER NOT NULL,
    "TimexValue" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Evidence" TEXT NOT NULL,
    "Locations" TEXT NOT NULL,
    CONSTRAINT "FK_Events_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EventActors" (
    "EventId" INTEGER NOT NULL,
    "ActorId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventActors" PRIMARY KEY ("EventId", "ActorId"),
    CONSTRAINT "FK_EventActors_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EventCountries" (
    "EventId" INTEGER NOT NULL,
    "CountryCode" TEXT NOT NULL,
    CONSTRAINT "PK_EventCountries" PRIMARY KEY ("EventId", "CountryCode"),
    CONSTRAINT "FK_EventCountries_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EventSources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventSources" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "DocumentIndex" INTEGER NOT NULL,
    "Sentence" TEXT NOT NULL,
    "PhraseStart" INTEGER NULL,
    "PhraseEnd" INTEGER NULL,
    "Phrase" TEXT NULL,
    "Explanation" TEXT NOT NULL,
    CONSTRAINT "FK_EventSources_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_Actors_DatasetId_Key" ON "Actors" ("DatasetId", "Key");


CREATE INDEX "IX_Datasets_DumpHash" ON "Datasets" ("DumpHash");


CREATE UNIQUE INDEX "IX_Documents_DatasetId_Index" ON "Documents" ("DatasetId", "Index");


CREATE INDEX "IX_EventActors_ActorId" ON "EventActors" ("ActorId");


CREATE INDEX "IX_EventCountries_CountryCode" ON "EventCountries" ("CountryCode");


CREATE UNIQUE INDEX "IX_Events_DatasetId_Key" ON "Events" ("DatasetId", "Key");


CREATE INDEX "IX_Events_DatasetId_Start_End" ON "Events" ("DatasetId", "Start", "End");


CREATE INDEX "IX_EventSources_EventId" ON "EventSources" ("EventId");


CREATE INDEX "IX_IngestJobs_DatasetId" ON "IngestJobs" ("DatasetId");


CREATE INDEX "IX_IngestJobs_Status_CreatedAt" ON "IngestJobs" ("Status", "CreatedAt");


