-- A block takes with it the reposts between the two accounts, both ways, as it takes their likes
-- (blocks_remove_likes): each sees the other as missing, so neither sees the other's repost on
-- the reposter's profile, and a post's repost count (post_stats, which counts every row) would
-- otherwise say "1 repost" that no one it counts can be found behind, for the two or anyone else.
-- Deleted as taking a repost back deletes it, so the same triggers follow: the count, the author's
-- notification group, and the "reposted" lines of feeds, which read the rows. Lifting the block
-- brings back no repost. Bookmarks stay: only their owner ever sees them, and no count of them.
--
-- A repost racing a block takes the locks a like takes (blocks_wait_for_follows): it holds its
-- writer's row FOR SHARE from its check until it commits, and the block locks both rows first.

CREATE OR REPLACE FUNCTION "blocks_remove_ties"() RETURNS TRIGGER AS $$
DECLARE
  marks TEXT;
BEGIN
  PERFORM 1 FROM users WHERE id IN (NEW.blocker_id, NEW.blocked_id) ORDER BY id FOR NO KEY UPDATE;
  -- Each statement below reads what committed up to now, including a follow or mark that held the lock.
  DELETE FROM follows
  WHERE (follower_id = NEW.blocker_id AND followee_id = NEW.blocked_id)
     OR (follower_id = NEW.blocked_id AND followee_id = NEW.blocker_id);
  -- Each account's likes and reposts (their primary keys lead with user_id) on the other's posts.
  FOREACH marks IN ARRAY ARRAY['likes', 'reposts'] LOOP
    EXECUTE format(
      'DELETE FROM %1$I AS marks USING posts
       WHERE posts.id = marks.post_id
         AND ((marks.user_id = $2 AND posts.author_id = $1) OR (marks.user_id = $1 AND posts.author_id = $2))', marks)
    USING NEW.blocker_id, NEW.blocked_id;
  END LOOP;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "reposts_refuse_blocked" BEFORE INSERT ON reposts FOR EACH ROW EXECUTE FUNCTION post_marks_refuse_blocked('repost');

-- The reposts that blocks made before this migration would have removed.
DELETE FROM reposts USING posts, blocks
WHERE posts.id = reposts.post_id
  AND ((blocks.blocker_id = posts.author_id AND blocks.blocked_id = reposts.user_id)
    OR (blocks.blocker_id = reposts.user_id AND blocks.blocked_id = posts.author_id));
