-- A follow and a block written at the same moment could both win, as a like and a block could
-- before blocks_remove_likes: neither sees the other's uncommitted row, so the block deleted the
-- follows it could see, the follow's check found no block, and a follow committed just after the
-- block outlived it. Follows now take the locks likes take: the block locks both accounts' rows
-- before it deletes anything, and a follow, like a like, holds its writer's row FOR SHARE from its
-- check until it commits. A follow that came first is then deleted by the block; a follow that
-- comes second waits for the block, sees it, and is refused (the app answers as for a hidden
-- account: lib/db-errors.ts isBlockedPairRefusal).
--
-- One trigger now does everything a block takes away, after one lock of the pair; before, the
-- follows went in a trigger that fired before the one that took the lock.

CREATE FUNCTION "blocks_remove_ties"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM 1 FROM users WHERE id IN (NEW.blocker_id, NEW.blocked_id) ORDER BY id FOR NO KEY UPDATE;
  -- Each statement below reads what committed up to now, including a follow or like that held the lock.
  DELETE FROM follows
  WHERE (follower_id = NEW.blocker_id AND followee_id = NEW.blocked_id)
     OR (follower_id = NEW.blocked_id AND followee_id = NEW.blocker_id);
  -- Each account's likes (likes_pkey, by user_id) on the other's posts.
  DELETE FROM likes USING posts
  WHERE posts.id = likes.post_id
    AND ((likes.user_id = NEW.blocked_id AND posts.author_id = NEW.blocker_id)
      OR (likes.user_id = NEW.blocker_id AND posts.author_id = NEW.blocked_id));
  RETURN NEW;
END $$ LANGUAGE plpgsql;

DROP TRIGGER "blocks_remove_follows" ON blocks;
DROP TRIGGER "blocks_remove_likes" ON blocks;
DROP FUNCTION "blocks_remove_follows"();
DROP FUNCTION "blocks_remove_likes"();
CREATE TRIGGER "blocks_remove_ties" AFTER INSERT ON blocks FOR EACH ROW EXECUTE FUNCTION blocks_remove_ties();

-- Refuses `what` (a follow, a like…) written by `actor_id` towards `other_id` when either blocks
-- the other, as a check violation named `constraint_name`. The lock comes before the check, in a
-- statement of its own, so that a block committed while it waited is seen.
CREATE FUNCTION "refuse_blocked_pair"(actor_id TEXT, other_id TEXT, what TEXT, constraint_name TEXT) RETURNS VOID AS $$
BEGIN
  PERFORM 1 FROM users WHERE id = actor_id FOR SHARE;
  -- Two probes of blocks_pkey, one each way.
  IF EXISTS (SELECT 1 FROM blocks WHERE blocker_id = other_id AND blocked_id = actor_id)
     OR EXISTS (SELECT 1 FROM blocks WHERE blocker_id = actor_id AND blocked_id = other_id) THEN
    RAISE EXCEPTION '% between blocked accounts', what USING ERRCODE = 'check_violation', CONSTRAINT = constraint_name;
  END IF;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION "follows_refuse_blocked"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM refuse_blocked_pair(NEW.follower_id, NEW.followee_id, 'follow', 'follows_not_blocked_check');
  RETURN NEW;
END $$ LANGUAGE plpgsql;

-- A mark on a post (the trigger's argument names it: 'like') between its writer and the post's
-- author; a post that is not there has no author, and the foreign key refuses the row.
CREATE FUNCTION "post_marks_refuse_blocked"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM refuse_blocked_pair(NEW.user_id, (SELECT author_id FROM posts WHERE id = NEW.post_id),
                              TG_ARGV[0], TG_TABLE_NAME || '_not_blocked_check');
  RETURN NEW;
END $$ LANGUAGE plpgsql;

DROP TRIGGER "likes_refuse_blocked" ON likes;
DROP FUNCTION "likes_refuse_blocked"();
CREATE TRIGGER "likes_refuse_blocked" BEFORE INSERT ON likes FOR EACH ROW EXECUTE FUNCTION post_marks_refuse_blocked('like');
