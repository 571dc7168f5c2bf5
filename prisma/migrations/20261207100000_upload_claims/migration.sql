-- An image is stored before the post (or picture) that uses it is written: seconds, for a post of
-- four large images. Files are named by their content and shared, so deleting another post with
-- the same image could delete the file meanwhile (lib/uploads/cleanup.ts). A claim, written under
-- a lock on the file's name that cleanup takes too, keeps the file until the row is written.
CREATE TABLE "upload_claims" (
    "id" TEXT NOT NULL,
    "file_key" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "upload_claims_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "upload_claims_file_key_idx" ON "upload_claims"("file_key");
