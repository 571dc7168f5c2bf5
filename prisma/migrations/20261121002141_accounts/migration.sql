-- CreateTable
CREATE TABLE "rate_limit_events" (
    "id" BIGSERIAL NOT NULL,
    "bucket" VARCHAR(40) NOT NULL,
    "key" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rate_limit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rate_limit_events_lookup_idx" ON "rate_limit_events"("bucket", "key", "created_at" DESC);

-- CreateIndex
CREATE INDEX "rate_limit_events_created_idx" ON "rate_limit_events"("created_at");

-- CreateIndex
CREATE INDEX "post_images_file_key_idx" ON "post_images"("file_key");

-- CreateIndex
CREATE INDEX "users_avatar_key_idx" ON "users"("avatar_key");
