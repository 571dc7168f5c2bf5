-- DropIndex
DROP INDEX "posts_created_idx";

-- CreateIndex
CREATE INDEX "posts_created_idx" ON "posts"("created_at" DESC, "id" DESC, "author_id");
