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

-- Whether a like or comment by `account_id` on `post_id` changes the post's hidden
-- counts. A post that is gone (deleted, its likes cascading) needs nothing; otherwise
-- FOR SHARE waits for a suspension of the account that is under way, and makes a
-- later one wait for this row, so each row is counted by exactly one side.
CREATE FUNCTION "engagement_is_hidden"(account_id TEXT, post_id TEXT) RETURNS BOOLEAN AS $$
DECLARE
  suspended TIMESTAMPTZ(3);
BEGIN
  IF NOT EXISTS (SELECT 1 FROM posts WHERE posts.id = post_id) THEN RETURN FALSE; END IF;
  SELECT users.suspended_at INTO suspended FROM users WHERE users.id = account_id FOR SHARE;
  RETURN suspended IS NOT NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "likes_keep_hidden_count"() RETURNS TRIGGER AS $$
BEGIN
  IF TG_OP = 'INSERT' AND engagement_is_hidden(NEW.user_id, NEW.post_id) THEN
    UPDATE posts SET hidden_like_count = hidden_like_count + 1 WHERE id = NEW.post_id;
  ELSIF TG_OP = 'DELETE' AND engagement_is_hidden(OLD.user_id, OLD.post_id) THEN
    UPDATE posts SET hidden_like_count = hidden_like_count - 1 WHERE id = OLD.post_id;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "likes_hidden_count" AFTER INSERT OR DELETE ON likes FOR EACH ROW
  EXECUTE FUNCTION likes_keep_hidden_count();

CREATE FUNCTION "comments_keep_hidden_count"() RETURNS TRIGGER AS $$
BEGIN
  IF TG_OP = 'INSERT' AND engagement_is_hidden(NEW.author_id, NEW.post_id) THEN
    UPDATE posts SET hidden_comment_count = hidden_comment_count + 1 WHERE id = NEW.post_id;
  ELSIF TG_OP = 'DELETE' AND engagement_is_hidden(OLD.author_id, OLD.post_id) THEN
    UPDATE posts SET hidden_comment_count = hidden_comment_count - 1 WHERE id = OLD.post_id;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "comments_hidden_count" AFTER INSERT OR DELETE ON comments FOR EACH ROW
  EXECUTE FUNCTION comments_keep_hidden_count();

-- Accounts suspended before this migration.
UPDATE posts SET hidden_like_count = hidden.likes
FROM (SELECT likes.post_id, count(*)::INTEGER AS likes FROM users JOIN likes ON likes.user_id = users.id
      WHERE users.suspended_at IS NOT NULL GROUP BY likes.post_id) AS hidden
WHERE posts.id = hidden.post_id;
UPDATE posts SET hidden_comment_count = hidden.comments
FROM (SELECT comments.post_id, count(*)::INTEGER AS comments FROM users JOIN comments ON comments.author_id = users.id
      WHERE users.suspended_at IS NOT NULL GROUP BY comments.post_id) AS hidden
WHERE posts.id = hidden.post_id;
