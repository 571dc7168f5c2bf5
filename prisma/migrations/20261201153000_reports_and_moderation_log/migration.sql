-- CreateEnum
CREATE TYPE "ReportTarget" AS ENUM ('POST', 'COMMENT', 'ACCOUNT');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('SPAM', 'HARASSMENT', 'ILLEGAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportResolution" AS ENUM ('REMOVED', 'SUSPENDED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "ModerationAction" AS ENUM ('POST_REMOVED', 'COMMENT_REMOVED', 'ACCOUNT_SUSPENDED', 'ACCOUNT_UNSUSPENDED', 'REPORTS_DISMISSED');

-- AlterTable
ALTER TABLE "posts" ADD COLUMN     "content_warning" VARCHAR(100) NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "reports" (
    "id" TEXT NOT NULL,
    "reporter_id" TEXT NOT NULL,
    "target_type" "ReportTarget" NOT NULL,
    "target_id" VARCHAR(64) NOT NULL,
    "account_id" TEXT NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "details" VARCHAR(1000) NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" TEXT,
    "resolution" "ReportResolution",

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderation_log" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "action" "ModerationAction" NOT NULL,
    "target_id" VARCHAR(64) NOT NULL,
    "account_id" TEXT,
    "username" VARCHAR(30) NOT NULL,
    "excerpt" VARCHAR(200) NOT NULL DEFAULT '',
    "reports_resolved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "moderation_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reports_open_created_idx" ON "reports"("created_at", "id") WHERE (resolved_at IS NULL);

-- CreateIndex
CREATE INDEX "reports_open_target_idx" ON "reports"("target_type", "target_id") WHERE (resolved_at IS NULL);

-- CreateIndex
CREATE INDEX "reports_account_idx" ON "reports"("account_id");

-- CreateIndex
CREATE INDEX "reports_reporter_idx" ON "reports"("reporter_id");

-- CreateIndex
CREATE INDEX "reports_resolved_by_idx" ON "reports"("resolved_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "reports_open_once_key" ON "reports"("reporter_id", "target_type", "target_id") WHERE (resolved_at IS NULL);

-- CreateIndex
CREATE INDEX "moderation_log_created_idx" ON "moderation_log"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "moderation_log_actor_idx" ON "moderation_log"("actor_id");

-- CreateIndex
CREATE INDEX "moderation_log_account_idx" ON "moderation_log"("account_id");

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants Prisma cannot express.
ALTER TABLE "reports"
    ADD CONSTRAINT "reports_resolved_together_check"
        CHECK (("resolved_at" IS NULL) = ("resolution" IS NULL) AND ("resolved_at" IS NOT NULL OR "resolved_by_id" IS NULL)),
    ADD CONSTRAINT "reports_other_has_details_check" CHECK ("reason" <> 'OTHER' OR btrim("details") <> '');

ALTER TABLE "posts" ADD CONSTRAINT "posts_content_warning_trimmed_check" CHECK ("content_warning" = btrim("content_warning"));
