-- Bookmarks: posts a person saved for later, shown only to them on /bookmarks.
-- The primary key makes one bookmark per person and post; the page reads its
-- keyset (created_at, post_id) from bookmarks_user_created_idx. Deleting a post
-- or an account deletes its bookmarks (bookmarks_post_idx serves the post side).
-- CreateTable
CREATE TABLE "bookmarks" (
    "user_id" TEXT NOT NULL,
    "post_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bookmarks_pkey" PRIMARY KEY ("user_id","post_id")
);

-- CreateIndex
CREATE INDEX "bookmarks_user_created_idx" ON "bookmarks"("user_id", "created_at" DESC, "post_id" DESC);

-- CreateIndex
CREATE INDEX "bookmarks_post_idx" ON "bookmarks"("post_id");

-- AddForeignKey
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
