-- Threaded replies: a comment may answer another comment of the same post.
ALTER TABLE "comments" ADD COLUMN "parent_id" TEXT,
ADD COLUMN "deleted_at" TIMESTAMPTZ(3);

-- A deleted comment that still has replies stays as a tombstone without its words;
-- any other comment says something, as before.
ALTER TABLE "comments" DROP CONSTRAINT "comments_text_length_check";
ALTER TABLE "comments" ADD CONSTRAINT "comments_text_length_check"
  CHECK (CASE WHEN "deleted_at" IS NULL THEN char_length("text") BETWEEN 1 AND 5000 ELSE "text" = '' END);

-- CreateIndex
CREATE UNIQUE INDEX "comments_post_id_id_key" ON "comments"("post_id", "id");

-- CreateIndex
CREATE INDEX "comments_post_parent_created_idx" ON "comments"("post_id", "parent_id", "created_at", "id");

-- AddForeignKey: through (post_id, parent_id), so a reply cannot name a comment of another post.
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_parent_id_fkey" FOREIGN KEY ("post_id", "parent_id") REFERENCES "comments"("post_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A post's comment count leaves out the comments it does not show (see
-- 20261201052445_hide_suspended_engagement): those of suspended accounts and,
-- now, deleted ones kept for their replies. A tombstone of a suspended account
-- is counted once, as deleted.
CREATE OR REPLACE FUNCTION "shift_hidden_engagement"(account_id TEXT, direction INTEGER) RETURNS VOID AS $$
BEGIN
  UPDATE posts SET hidden_like_count = hidden_like_count + direction
  FROM likes WHERE likes.user_id = account_id AND posts.id = likes.post_id;
  UPDATE posts SET hidden_comment_count = hidden_comment_count + direction * theirs.comments
  FROM (SELECT post_id, count(*)::INTEGER AS comments FROM comments
        WHERE author_id = account_id AND deleted_at IS NULL GROUP BY post_id) AS theirs
  WHERE posts.id = theirs.post_id;
END $$ LANGUAGE plpgsql;

-- A row whose account is gone (being deleted) counts only as a tombstone: the
-- users trigger has already released its suspension.
CREATE OR REPLACE FUNCTION "comments_keep_hidden_count"() RETURNS TRIGGER AS $$
DECLARE
  direction INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  PERFORM 1 FROM users
  WHERE users.id IN (SELECT changed.author_id FROM changed JOIN posts ON posts.id = changed.post_id)
  ORDER BY users.id FOR SHARE;
  UPDATE posts SET hidden_comment_count = hidden_comment_count + direction * hidden.comments
  FROM (SELECT changed.post_id, count(*)::INTEGER AS comments FROM changed LEFT JOIN users ON users.id = changed.author_id
        WHERE changed.deleted_at IS NOT NULL OR users.suspended_at IS NOT NULL GROUP BY changed.post_id) AS hidden
  WHERE posts.id = hidden.post_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- A comment becoming a tombstone leaves the count, unless its suspended account had already taken it out.
CREATE FUNCTION "comments_tombstone_hidden_count"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM 1 FROM users WHERE users.id = NEW.author_id FOR SHARE;
  UPDATE posts SET hidden_comment_count = hidden_comment_count + 1
  WHERE posts.id = NEW.post_id
    AND NOT EXISTS (SELECT 1 FROM users WHERE users.id = NEW.author_id AND users.suspended_at IS NOT NULL);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "comments_tombstoned_hidden_count" AFTER UPDATE OF deleted_at ON comments FOR EACH ROW
  WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
  EXECUTE FUNCTION comments_tombstone_hidden_count();
