-- AlterTable
ALTER TABLE "posts" ADD COLUMN     "hidden_comment_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "hidden_like_count" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "users_suspended_idx" ON "users"("suspended_at") WHERE (suspended_at IS NOT NULL);

-- A suspended account's likes and comments are hidden. Each post keeps how many
-- of its likes and comments are, so a card shows the plain index count minus
-- these (lib/posts/queries.ts) and agrees with the lists without looking up the
-- author of every like and comment (20,000 on the busiest post). The triggers
-- below keep the two numbers right whichever code path changes the data.

-- Moves every like and comment of `account_id` into (+1) or out of (-1) the hidden counts.
CREATE FUNCTION "shift_hidden_engagement"(account_id TEXT, direction INTEGER) RETURNS VOID AS $$
BEGIN
  UPDATE posts SET hidden_like_count = hidden_like_count + direction
  FROM likes WHERE likes.user_id = account_id AND posts.id = likes.post_id;
  UPDATE posts SET hidden_comment_count = hidden_comment_count + direction * theirs.comments
  FROM (SELECT post_id, count(*)::INTEGER AS comments FROM comments WHERE author_id = account_id GROUP BY post_id) AS theirs
  WHERE posts.id = theirs.post_id;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "users_shift_hidden_engagement"() RETURNS TRIGGER AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Before the cascades: they then find no suspended account and leave the counts alone.
    PERFORM shift_hidden_engagement(OLD.id, -1);
    RETURN OLD;
  END IF;
  PERFORM shift_hidden_engagement(NEW.id, CASE WHEN NEW.suspended_at IS NULL THEN -1 ELSE 1 END);
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "users_suspension_hides_engagement" AFTER UPDATE OF suspended_at ON users FOR EACH ROW
  WHEN ((OLD.suspended_at IS NULL) <> (NEW.suspended_at IS NULL))
  EXECUTE FUNCTION users_shift_hidden_engagement();
CREATE TRIGGER "users_deletion_releases_engagement" BEFORE DELETE ON users FOR EACH ROW
  WHEN (OLD.suspended_at IS NOT NULL)
  EXECUTE FUNCTION users_shift_hidden_engagement();

-- Likes and comments added or removed by one statement: those by suspended accounts
-- move the hidden counts. Statement triggers with transition tables, so deleting a
-- post with 20,000 likes runs this once, not 20,000 times. The likers of posts that
-- still exist are locked FOR SHARE first: a suspension under way finishes before the
-- count is read, and a later one waits for this, so each row is counted once. (A post
-- that is gone needs no count; neither does an account being deleted, whose counts
-- the users trigger has already released.)
CREATE FUNCTION "likes_keep_hidden_count"() RETURNS TRIGGER AS $$
DECLARE
  direction INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  PERFORM 1 FROM users
  WHERE users.id IN (SELECT changed.user_id FROM changed JOIN posts ON posts.id = changed.post_id)
  ORDER BY users.id FOR SHARE;
  UPDATE posts SET hidden_like_count = hidden_like_count + direction * hidden.likes
  FROM (SELECT changed.post_id, count(*)::INTEGER AS likes FROM changed JOIN users ON users.id = changed.user_id
        WHERE users.suspended_at IS NOT NULL GROUP BY changed.post_id) AS hidden
  WHERE posts.id = hidden.post_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "likes_added_hidden_count" AFTER INSERT ON likes REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION likes_keep_hidden_count();
CREATE TRIGGER "likes_removed_hidden_count" AFTER DELETE ON likes REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION likes_keep_hidden_count();

CREATE FUNCTION "comments_keep_hidden_count"() RETURNS TRIGGER AS $$
DECLARE
  direction INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  PERFORM 1 FROM users
  WHERE users.id IN (SELECT changed.author_id FROM changed JOIN posts ON posts.id = changed.post_id)
  ORDER BY users.id FOR SHARE;
  UPDATE posts SET hidden_comment_count = hidden_comment_count + direction * hidden.comments
  FROM (SELECT changed.post_id, count(*)::INTEGER AS comments FROM changed JOIN users ON users.id = changed.author_id
        WHERE users.suspended_at IS NOT NULL GROUP BY changed.post_id) AS hidden
  WHERE posts.id = hidden.post_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "comments_added_hidden_count" AFTER INSERT ON comments REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION comments_keep_hidden_count();
CREATE TRIGGER "comments_removed_hidden_count" AFTER DELETE ON comments REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION comments_keep_hidden_count();

-- Accounts suspended before this migration.
UPDATE posts SET hidden_like_count = hidden.likes
FROM (SELECT likes.post_id, count(*)::INTEGER AS likes FROM users JOIN likes ON likes.user_id = users.id
      WHERE users.suspended_at IS NOT NULL GROUP BY likes.post_id) AS hidden
WHERE posts.id = hidden.post_id;
UPDATE posts SET hidden_comment_count = hidden.comments
FROM (SELECT comments.post_id, count(*)::INTEGER AS comments FROM users JOIN comments ON comments.author_id = users.id
      WHERE users.suspended_at IS NOT NULL GROUP BY comments.post_id) AS hidden
WHERE posts.id = hidden.post_id;
