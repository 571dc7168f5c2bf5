-- Mentions and hashtags, written with the post or comment that contains them
-- (lib/tags/store.ts) and rewritten when a post is edited.
-- post_mentions, comment_mentions: the accounts a post or comment names with
-- "@username". Cards link a mention only while that account is shown; the
-- notifications of mentions read these rows (newest first per person).
-- post_tags: a post's "#tag"s, normalised (NFC, lower case). Each row copies
-- the post's created_at and author_id, which never change: the tag page pages
-- by keyset on post_tags_tag_created_idx, and trending counts the last day's
-- tags from post_tags_created_idx alone, without reading posts.

-- CreateTable
CREATE TABLE "post_mentions" (
    "post_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_mentions_pkey" PRIMARY KEY ("post_id","user_id")
);

-- CreateTable
CREATE TABLE "comment_mentions" (
    "comment_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_mentions_pkey" PRIMARY KEY ("comment_id","user_id")
);

-- CreateTable
CREATE TABLE "post_tags" (
    "post_id" TEXT NOT NULL,
    "tag" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "author_id" TEXT NOT NULL,

    CONSTRAINT "post_tags_pkey" PRIMARY KEY ("post_id","tag"),
    -- A tag holds no space, control character, "#", "@" or "/". (Its case is not checked: the
    -- database's lower() follows the server's locale, which need not agree with JavaScript's.)
    CONSTRAINT "post_tags_tag_format_check" CHECK ("tag" <> '' AND "tag" !~ '[[:space:][:cntrl:]#@/]')
);

-- CreateIndex
CREATE INDEX "post_mentions_user_created_idx" ON "post_mentions"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "comment_mentions_user_created_idx" ON "comment_mentions"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "post_tags_tag_created_idx" ON "post_tags"("tag", "created_at" DESC, "post_id" DESC);

-- CreateIndex
CREATE INDEX "post_tags_created_idx" ON "post_tags"("created_at" DESC, "tag", "author_id");

-- AddForeignKey
ALTER TABLE "post_mentions" ADD CONSTRAINT "post_mentions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_mentions" ADD CONSTRAINT "post_mentions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_tags" ADD CONSTRAINT "post_tags_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
