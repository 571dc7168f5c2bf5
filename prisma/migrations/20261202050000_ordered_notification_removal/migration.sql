-- Statements that take actions out of notification groups, and changes that
-- span a whole account, take their row locks in one fixed order, so that they
-- cannot deadlock one another. Before this, ten accounts deleted at once that
-- had liked the same posts deadlocked 12 times in 80 deletions: each
-- `UPDATE notification_groups … FROM removed` locked its groups in whatever
-- order its join produced.

-- Takes actions out of their groups: `removed` is one row per group (recipient,
-- target: the post, or '' for follows; day) with how many of its actions went.
-- The groups are locked in the order notification_groups_add inserts them in.
-- The count goes down in place whatever runs beside it, and a group left empty
-- is deleted by a second statement, which sees an action that joined it
-- meanwhile and keeps it. The group's time becomes its newest remaining action's.
CREATE FUNCTION "notification_groups_remove"(group_kind notification_kind, removed JSONB) RETURNS VOID AS $$
DECLARE
  emptied TEXT[];
BEGIN
  PERFORM 1 FROM notification_groups AS g
  JOIN jsonb_to_recordset(removed) AS r(recipient_id TEXT, target_id TEXT, day DATE)
    ON g.recipient_id = r.recipient_id AND g.kind = group_kind AND g.target_id = r.target_id AND g.day = r.day
  ORDER BY g.recipient_id, g.kind, g.target_id, g.day
  FOR UPDATE OF g;

  WITH r AS (
    SELECT * FROM jsonb_to_recordset(removed) AS r(recipient_id TEXT, target_id TEXT, day DATE, actions INTEGER)
  ), updated AS (
    UPDATE notification_groups AS g
    SET actor_count = g.actor_count - r.actions,
        latest_at = coalesce(CASE group_kind
          WHEN 'like' THEN (SELECT max(likes.created_at) FROM likes
                            WHERE likes.post_id = r.target_id AND likes.user_id <> r.recipient_id
                              AND likes.created_at >= notification_day_start(r.day) AND likes.created_at < notification_day_start(r.day + 1))
          WHEN 'repost' THEN (SELECT max(reposts.created_at) FROM reposts
                              WHERE reposts.post_id = r.target_id AND reposts.user_id <> r.recipient_id
                                AND reposts.created_at >= notification_day_start(r.day) AND reposts.created_at < notification_day_start(r.day + 1))
          WHEN 'follow' THEN (SELECT max(follows.created_at) FROM follows
                              WHERE follows.followee_id = r.recipient_id
                                AND follows.created_at >= notification_day_start(r.day) AND follows.created_at < notification_day_start(r.day + 1))
        END, g.latest_at)
    FROM r
    WHERE g.recipient_id = r.recipient_id AND g.kind = group_kind AND g.target_id = r.target_id AND g.day = r.day
    RETURNING g.id, g.actor_count
  )
  SELECT array_agg(id) INTO emptied FROM updated WHERE actor_count = 0;
  DELETE FROM notification_groups WHERE id = ANY(emptied) AND actor_count = 0;
END $$ LANGUAGE plpgsql;

-- Likes and reposts taken back, one function for both: the trigger's argument is the kind.
CREATE FUNCTION "post_actions_unnotify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_remove(TG_ARGV[0]::notification_kind, coalesce(jsonb_agg(removed), '[]'))
  FROM (SELECT posts.author_id AS recipient_id, changed.post_id AS target_id, notification_day(changed.created_at) AS day, count(*) AS actions
        FROM changed JOIN posts ON posts.id = changed.post_id
        WHERE changed.user_id <> posts.author_id
        GROUP BY posts.author_id, changed.post_id, notification_day(changed.created_at)) AS removed;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Same names as before: triggers fire by name, and these must stay before the post_stats ones.
DROP TRIGGER "likes_removed_unnotify" ON likes;
CREATE TRIGGER "likes_removed_unnotify" AFTER DELETE ON likes REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_actions_unnotify('like');
DROP FUNCTION "likes_unnotify"();
DROP TRIGGER "reposts_removed_unnotify" ON reposts;
CREATE TRIGGER "reposts_removed_unnotify" AFTER DELETE ON reposts REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_actions_unnotify('repost');
DROP FUNCTION "reposts_unnotify"();

CREATE OR REPLACE FUNCTION "follows_unnotify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_remove('follow', coalesce(jsonb_agg(removed), '[]'))
  FROM (SELECT changed.followee_id AS recipient_id, '' AS target_id, notification_day(changed.created_at) AS day, count(*) AS actions
        FROM changed
        GROUP BY changed.followee_id, notification_day(changed.created_at)) AS removed;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Deleting an account, or suspending or unsuspending it, touches every post it
-- liked, reposted or commented on, table after table (hidden counts, post_stats,
-- notification groups): no single order can cover those passes. Such changes
-- are rare, so they take turns: each waits for the one before it to commit.
-- Before the statement, not before each row: a row trigger would wait holding
-- its users row, which the running change may need (its cascades lock the
-- accounts of comments on its posts).
CREATE FUNCTION "users_account_changes_take_turns"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('commons: account-wide change'));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "users_account_changes_take_turns_on_delete" BEFORE DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION users_account_changes_take_turns();
CREATE TRIGGER "users_account_changes_take_turns_on_suspension" BEFORE UPDATE OF suspended_at ON users
  FOR EACH STATEMENT EXECUTE FUNCTION users_account_changes_take_turns();
