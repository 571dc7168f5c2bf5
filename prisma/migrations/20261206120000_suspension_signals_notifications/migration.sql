-- Suspending an account (or restoring it) hides (or shows again) its actions in other people's
-- notifications, and the lines about comments under its posts (lib/notifications/queries.ts):
-- their unread counts change without a row of notification_groups changing. Signalled as a
-- change of those people's notifications ('n:<user id>'), as blocks and mutes are (migration
-- 20261206110000), so their bells and the session rows each process keeps follow at once.
-- The people are found from the account's own rows, each through an index: its likes and
-- reposts (by their primary keys), its follows, and the lines about its comments and posts.
-- Row-level, as users_live_account: a statement trigger with transition tables cannot name columns.

CREATE FUNCTION "users_signal_suspension_notifications"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM live_signal_users('n', ARRAY(
    SELECT posts.author_id FROM likes JOIN posts ON posts.id = likes.post_id WHERE likes.user_id = NEW.id
    UNION SELECT posts.author_id FROM reposts JOIN posts ON posts.id = reposts.post_id WHERE reposts.user_id = NEW.id
    UNION SELECT follows.followee_id FROM follows WHERE follows.follower_id = NEW.id
    UNION SELECT g.recipient_id FROM notification_groups AS g JOIN comments ON comments.id = g.comment_id WHERE comments.author_id = NEW.id
    UNION SELECT g.recipient_id FROM notification_groups AS g JOIN posts ON posts.id = g.post_id WHERE posts.author_id = NEW.id));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "users_live_suspension"
  AFTER UPDATE OF "suspended_at" ON "users"
  FOR EACH ROW WHEN ((OLD.suspended_at IS NULL) IS DISTINCT FROM (NEW.suspended_at IS NULL))
  EXECUTE FUNCTION users_signal_suspension_notifications();
