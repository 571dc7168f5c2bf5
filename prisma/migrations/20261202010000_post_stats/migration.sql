-- How many likes, comments and reposts each post has, kept by triggers, so a
-- card reads three numbers by primary key instead of counting index entries
-- (1,300 likes on a popular post at a million posts, 21 cards a page). A row
-- of its own, not columns of posts: a like rewrites this narrow row, not the
-- post with its text and search document. Cards still subtract the hidden
-- counts on posts (hide_suspended_engagement): these are every row, as count(*).
CREATE TABLE "post_stats" (
    "post_id" TEXT NOT NULL,
    "like_count" INTEGER NOT NULL DEFAULT 0,
    "comment_count" INTEGER NOT NULL DEFAULT 0,
    "repost_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "post_stats_pkey" PRIMARY KEY ("post_id"),
    CONSTRAINT "post_stats_counts_check" CHECK (like_count >= 0 AND comment_count >= 0 AND repost_count >= 0)
) WITH (fillfactor = 70);

-- AddForeignKey
ALTER TABLE "post_stats" ADD CONSTRAINT "post_stats_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Adds the rows of `changed` (a transition table of likes, comments or reposts) to
-- their posts' `counter`, or takes them away. Rows are locked in post order, so two
-- statements touching the same posts cannot deadlock. A post gets its row on its first
-- like, comment or repost; posts already gone (a cascade from their deletion) get none,
-- and their row goes with them.
CREATE FUNCTION "post_stats_add"() RETURNS TRIGGER AS $$
DECLARE
  counter TEXT := TG_ARGV[0];
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format(
      'INSERT INTO post_stats AS stats (post_id, %1$I)
       SELECT changed.post_id, count(*)::INTEGER FROM changed JOIN posts ON posts.id = changed.post_id
       GROUP BY changed.post_id ORDER BY changed.post_id
       ON CONFLICT (post_id) DO UPDATE SET %1$I = stats.%1$I + EXCLUDED.%1$I', counter);
  ELSE
    PERFORM 1 FROM post_stats WHERE post_id IN (SELECT post_id FROM changed) ORDER BY post_id FOR UPDATE;
    EXECUTE format(
      'UPDATE post_stats AS stats SET %1$I = stats.%1$I - removed.rows
       FROM (SELECT post_id, count(*)::INTEGER AS rows FROM changed GROUP BY post_id) AS removed
       WHERE stats.post_id = removed.post_id', counter);
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Named to fire last: a table's triggers for one event fire in name order, and the
-- notification triggers (likes_added_notify, likes_removed_unnotify, …) must lock their
-- rows before these lock the post's stats, both when a like comes and when it goes, or
-- a like and an unlike of the same post wait for each other.
CREATE TRIGGER "likes_stats_added" AFTER INSERT ON likes REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_stats_add('like_count');
CREATE TRIGGER "likes_stats_removed" AFTER DELETE ON likes REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_stats_add('like_count');
CREATE TRIGGER "comments_stats_added" AFTER INSERT ON comments REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_stats_add('comment_count');
CREATE TRIGGER "comments_stats_removed" AFTER DELETE ON comments REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_stats_add('comment_count');
CREATE TRIGGER "reposts_stats_added" AFTER INSERT ON reposts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_stats_add('repost_count');
CREATE TRIGGER "reposts_stats_removed" AFTER DELETE ON reposts REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_stats_add('repost_count');

-- Counts every post's rows again: for this migration, and after a bulk load that ran
-- without triggers (scripts/lib/community, session_replication_role = replica).
CREATE FUNCTION "recount_post_stats"() RETURNS VOID AS $$
BEGIN
  DELETE FROM post_stats;
  INSERT INTO post_stats (post_id, like_count, comment_count, repost_count)
  SELECT counted.post_id, sum(counted.likes)::INTEGER, sum(counted.comments)::INTEGER, sum(counted.reposts)::INTEGER
  FROM (SELECT post_id, count(*) AS likes, 0 AS comments, 0 AS reposts FROM likes GROUP BY post_id
        UNION ALL SELECT post_id, 0, count(*), 0 FROM comments GROUP BY post_id
        UNION ALL SELECT post_id, 0, 0, count(*) FROM reposts GROUP BY post_id) AS counted
  GROUP BY counted.post_id;
END $$ LANGUAGE plpgsql;

SELECT recount_post_stats();

-- The viewer's muted-words pattern, in PL/pgSQL: its query is planned once per
-- connection, where the SQL function was planned again in every statement that
-- asked (each feed page, twice for the home feed). Same result as before.
CREATE OR REPLACE FUNCTION "muted_words_pattern"(viewer_id TEXT) RETURNS TEXT AS $$
BEGIN
  RETURN (SELECT '(^|[^[:alnum:]_])(' || string_agg(
                   replace(regexp_replace(phrase, '([^[:alnum:] ])', '\\\1', 'g'), ' ', '[[:space:]]+'), '|')
                 || ')($|[^[:alnum:]_])'
          FROM muted_words
          WHERE user_id = viewer_id AND (expires_at IS NULL OR expires_at > now()));
END $$ LANGUAGE plpgsql STABLE;
