-- A post's likers, newest first, in keyset pages (lib/posts/likers.ts). The
-- index keeps serving like counts, which read only its post_id prefix.

-- DropIndex
DROP INDEX "likes_post_idx";

-- CreateIndex
CREATE INDEX "likes_post_created_idx" ON "likes"("post_id", "created_at" DESC, "user_id" DESC);
