-- Reposts: a person passes a post on to their followers. The primary key makes
-- one repost per person and post (so reposting is idempotent, like liking).
-- Deleting a post or an account deletes its reposts. The three indexes serve
-- a profile's reposts and the home feed's per-account merge (user, time), the
-- counts and a post's reposters (post, time), and the home feed's walk over
-- everyone's newest reposts (time, post, user: read from the index alone).
-- CreateTable
CREATE TABLE "reposts" (
    "user_id" TEXT NOT NULL,
    "post_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reposts_pkey" PRIMARY KEY ("user_id","post_id")
);

-- CreateIndex
CREATE INDEX "reposts_user_created_idx" ON "reposts"("user_id", "created_at" DESC, "post_id" DESC);

-- CreateIndex
CREATE INDEX "reposts_post_created_idx" ON "reposts"("post_id", "created_at" DESC, "user_id");

-- CreateIndex
CREATE INDEX "reposts_created_idx" ON "reposts"("created_at" DESC, "post_id" DESC, "user_id");

-- AddForeignKey
ALTER TABLE "reposts" ADD CONSTRAINT "reposts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reposts" ADD CONSTRAINT "reposts_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "posts" ADD COLUMN "hidden_repost_count" INTEGER NOT NULL DEFAULT 0;

-- Reposts by suspended accounts are hidden, and counted as hidden on their post,
-- as likes are (see the migration hide_suspended_engagement, whose functions are
-- left as they are: these are separate triggers, so each kind of engagement
-- keeps its own count).

-- Moves every repost of `account_id` into (+1) or out of (-1) the hidden counts.
CREATE FUNCTION "shift_hidden_reposts"(account_id TEXT, direction INTEGER) RETURNS VOID AS $$
BEGIN
  UPDATE posts SET hidden_repost_count = hidden_repost_count + direction
  FROM reposts WHERE reposts.user_id = account_id AND posts.id = reposts.post_id;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "users_shift_hidden_reposts"() RETURNS TRIGGER AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM shift_hidden_reposts(OLD.id, -1);
    RETURN OLD;
  END IF;
  PERFORM shift_hidden_reposts(NEW.id, CASE WHEN NEW.suspended_at IS NULL THEN -1 ELSE 1 END);
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "users_suspension_hides_reposts" AFTER UPDATE OF suspended_at ON users FOR EACH ROW
  WHEN ((OLD.suspended_at IS NULL) <> (NEW.suspended_at IS NULL))
  EXECUTE FUNCTION users_shift_hidden_reposts();
CREATE TRIGGER "users_deletion_releases_reposts" BEFORE DELETE ON users FOR EACH ROW
  WHEN (OLD.suspended_at IS NOT NULL)
  EXECUTE FUNCTION users_shift_hidden_reposts();

-- Reposts added or removed by one statement; the same locking as likes_keep_hidden_count.
CREATE FUNCTION "reposts_keep_hidden_count"() RETURNS TRIGGER AS $$
DECLARE
  direction INTEGER := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  PERFORM 1 FROM users
  WHERE users.id IN (SELECT changed.user_id FROM changed JOIN posts ON posts.id = changed.post_id)
  ORDER BY users.id FOR SHARE;
  UPDATE posts SET hidden_repost_count = hidden_repost_count + direction * hidden.reposts
  FROM (SELECT changed.post_id, count(*)::INTEGER AS reposts FROM changed JOIN users ON users.id = changed.user_id
        WHERE users.suspended_at IS NOT NULL GROUP BY changed.post_id) AS hidden
  WHERE posts.id = hidden.post_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "reposts_added_hidden_count" AFTER INSERT ON reposts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reposts_keep_hidden_count();
CREATE TRIGGER "reposts_removed_hidden_count" AFTER DELETE ON reposts REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reposts_keep_hidden_count();
