-- How many posts each account has written, how many accounts follow it and how
-- many it follows, kept by triggers as post_stats keeps a post's counts, so that
-- a profile's header and the home feed read numbers by primary key instead of
-- counting index entries (62,000 followers of the most followed account at the
-- benchmark's large scale; the home feed counted up to 3,000 of its reader's
-- follows on every page: 0.9 ms for a reader of 5,005). Every row, as count(*):
-- readers still leave out suspended accounts where they must.
CREATE TABLE "user_stats" (
    "user_id" TEXT NOT NULL,
    "post_count" INTEGER NOT NULL DEFAULT 0,
    "follower_count" INTEGER NOT NULL DEFAULT 0,
    "following_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "user_stats_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "user_stats_counts_check" CHECK (post_count >= 0 AND follower_count >= 0 AND following_count >= 0)
) WITH (fillfactor = 70);

-- AddForeignKey
ALTER TABLE "user_stats" ADD CONSTRAINT "user_stats_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Adds `changes` (rows of user_id, posts, followers, following) to the accounts'
-- counts (`sign` 1) or takes them away (-1). Rows are locked in account order, all
-- of a statement's accounts at once (a follow changes two), so statements touching
-- the same accounts cannot deadlock. An account gets its row on its first post or
-- follow either way; accounts already gone (a cascade from their deletion) get none,
-- and their row goes with them.
CREATE FUNCTION "user_stats_apply"(changes JSONB, sign INTEGER) RETURNS VOID AS $$
BEGIN
  IF sign > 0 THEN
    INSERT INTO user_stats AS stats (user_id, post_count, follower_count, following_count)
    SELECT change.user_id, change.posts, change.followers, change.following
    FROM jsonb_to_recordset(changes) AS change(user_id TEXT, posts INTEGER, followers INTEGER, following INTEGER)
    JOIN users ON users.id = change.user_id
    ORDER BY change.user_id
    ON CONFLICT (user_id) DO UPDATE SET post_count = stats.post_count + EXCLUDED.post_count,
                                        follower_count = stats.follower_count + EXCLUDED.follower_count,
                                        following_count = stats.following_count + EXCLUDED.following_count;
  ELSE
    PERFORM 1 FROM user_stats WHERE user_id IN (SELECT change.user_id FROM jsonb_to_recordset(changes) AS change(user_id TEXT))
      ORDER BY user_id FOR UPDATE;
    UPDATE user_stats AS stats SET post_count = stats.post_count - change.posts,
                                   follower_count = stats.follower_count - change.followers,
                                   following_count = stats.following_count - change.following
    FROM jsonb_to_recordset(changes) AS change(user_id TEXT, posts INTEGER, followers INTEGER, following INTEGER)
    WHERE stats.user_id = change.user_id;
  END IF;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "user_stats_follows"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM user_stats_apply(
    (SELECT jsonb_agg(counted) FROM (
       SELECT sides.user_id, 0 AS posts, sum(sides.followers)::INTEGER AS followers, sum(sides.following)::INTEGER AS following
       FROM (SELECT followee_id AS user_id, 1 AS followers, 0 AS following FROM changed
             UNION ALL SELECT follower_id, 0, 1 FROM changed) AS sides
       GROUP BY sides.user_id) AS counted),
    CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "user_stats_posts"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM user_stats_apply(
    (SELECT jsonb_agg(counted) FROM (
       SELECT author_id AS user_id, count(*)::INTEGER AS posts, 0 AS followers, 0 AS following FROM changed GROUP BY author_id) AS counted),
    CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END);
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Named to fire after the notification and live-update triggers of the same events,
-- as post_stats' are: those lock their rows first whenever a row comes or goes.
CREATE TRIGGER "follows_stats_added" AFTER INSERT ON follows REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION user_stats_follows();
CREATE TRIGGER "follows_stats_removed" AFTER DELETE ON follows REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION user_stats_follows();
CREATE TRIGGER "posts_stats_added" AFTER INSERT ON posts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION user_stats_posts();
CREATE TRIGGER "posts_stats_removed" AFTER DELETE ON posts REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION user_stats_posts();

-- Counts every account's rows again: for this migration, and after a bulk load that ran
-- without triggers (scripts/lib/community, session_replication_role = replica).
CREATE FUNCTION "recount_user_stats"() RETURNS VOID AS $$
BEGIN
  DELETE FROM user_stats;
  INSERT INTO user_stats (user_id, post_count, follower_count, following_count)
  SELECT counted.user_id, sum(counted.posts)::INTEGER, sum(counted.followers)::INTEGER, sum(counted.following)::INTEGER
  FROM (SELECT author_id AS user_id, count(*) AS posts, 0 AS followers, 0 AS following FROM posts GROUP BY author_id
        UNION ALL SELECT followee_id, 0, count(*), 0 FROM follows GROUP BY followee_id
        UNION ALL SELECT follower_id, 0, 0, count(*) FROM follows GROUP BY follower_id) AS counted
  GROUP BY counted.user_id;
END $$ LANGUAGE plpgsql;

SELECT recount_user_stats();
