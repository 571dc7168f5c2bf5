-- Quote posts. A post may quote one other post (quoted_post_id). The link must
-- outlive the quoted post, so that the quote can say "This post is unavailable"
-- instead of silently becoming a plain post, and yet no id that names nothing
-- may be stored. Hence a real foreign key, ON DELETE SET NULL, and is_quote,
-- which keeps that there was a quote once the id is gone:
--   is_quote = false, quoted_post_id NULL      a plain post
--   is_quote = true,  quoted_post_id set       a quote (shown unless its author is suspended)
--   is_quote = true,  quoted_post_id NULL      a quote of a deleted post: "unavailable"
-- A cascade would delete other people's posts with the quoted one; an id without a
-- foreign key would accept garbage. The key is DEFERRABLE (initially immediate, so
-- every write checks it at once) only for the restore (scripts/lib/backup.ts),
-- which loads the rows of posts in batches in any order and checks them at commit.

-- AlterTable
ALTER TABLE "posts" ADD COLUMN     "is_quote" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "quoted_post_id" TEXT;

-- CreateIndex
CREATE INDEX "posts_quoted_created_idx" ON "posts"("quoted_post_id", "created_at" DESC, "id" DESC) WHERE (quoted_post_id IS NOT NULL);

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_quoted_post_id_fkey" FOREIGN KEY ("quoted_post_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY IMMEDIATE;

-- A quoted id only on a quote, and never the post itself.
ALTER TABLE "posts" ADD CONSTRAINT "posts_quote_flag_check" CHECK (quoted_post_id IS NULL OR is_quote);
ALTER TABLE "posts" ADD CONSTRAINT "posts_quote_not_self_check" CHECK (quoted_post_id IS DISTINCT FROM id);
