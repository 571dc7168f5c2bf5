-- A block takes with it the likes between the two accounts, both ways, as it takes their
-- follows (add_blocks_and_mutes): each sees the other as missing, so neither is among the
-- likers the other is shown, and a post's like count (post_stats, which counts every row) would
-- otherwise say "1 like" above an empty list. Gone rather than hidden, the count and the list
-- agree for everyone, at no cost to the reads; lifting the block brings back no like, as it
-- brings back no follow.
--
-- Neither a like nor a block sees the other's uncommitted row, so each also takes a lock that
-- the other waits for: the block locks both accounts' rows, which every like in progress holds
-- FOR SHARE from its trigger below until it commits. A like that came first is then deleted by
-- the block; a like that comes second sees the block and is refused.

CREATE FUNCTION "blocks_remove_likes"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM 1 FROM users WHERE id IN (NEW.blocker_id, NEW.blocked_id) ORDER BY id FOR NO KEY UPDATE;
  -- Each account's likes (likes_pkey, by user_id) on the other's posts.
  DELETE FROM likes USING posts
  WHERE posts.id = likes.post_id
    AND ((likes.user_id = NEW.blocked_id AND posts.author_id = NEW.blocker_id)
      OR (likes.user_id = NEW.blocker_id AND posts.author_id = NEW.blocked_id));
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "blocks_remove_likes" AFTER INSERT ON blocks FOR EACH ROW EXECUTE FUNCTION blocks_remove_likes();

-- A like between a post's author and an account one of them blocks is refused, whatever wrote it
-- (writePostMark refuses it first, as a post that is not there). The lock comes before the
-- check, so that a block committed while it waited is seen.
CREATE FUNCTION "likes_refuse_blocked"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM 1 FROM users WHERE id = NEW.user_id FOR SHARE;
  -- Two probes of blocks_pkey, one each way.
  IF EXISTS (SELECT 1 FROM posts
             WHERE posts.id = NEW.post_id
               AND (EXISTS (SELECT 1 FROM blocks WHERE blocker_id = posts.author_id AND blocked_id = NEW.user_id)
                 OR EXISTS (SELECT 1 FROM blocks WHERE blocker_id = NEW.user_id AND blocked_id = posts.author_id))) THEN
    RAISE EXCEPTION 'like between blocked accounts' USING ERRCODE = 'check_violation', CONSTRAINT = 'likes_not_blocked_check';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "likes_refuse_blocked" BEFORE INSERT ON likes FOR EACH ROW EXECUTE FUNCTION likes_refuse_blocked();

-- The likes that blocks made before this migration would have removed.
DELETE FROM likes USING posts, blocks
WHERE posts.id = likes.post_id
  AND ((blocks.blocker_id = posts.author_id AND blocks.blocked_id = likes.user_id)
    OR (blocks.blocker_id = likes.user_id AND blocks.blocked_id = posts.author_id));
