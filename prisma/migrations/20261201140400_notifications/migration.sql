-- Notifications (issue 15): "Ada and 3 others liked your post".
--
-- Where they are written: by triggers on the actions' own tables, in the statement of the
-- action itself. A like or a follow is one statement on the busiest path and takes no
-- interactive transaction (lib/services/after-write.ts), and a trigger makes its notification
-- part of that statement: the action and its notification commit or roll back together (no
-- lost or phantom notification), and every writer (the services, the seed, the bench
-- generator, an admin's SQL) is covered without a step anyone could forget. Undoing the action
-- (unlike, unfollow, deleting the comment, the post or an account) removes it the same way.
--
-- What is stored: one row per line of the page, not per action. Likes are grouped per post
-- and UTC day, follows per day, and each comment is a line of its own; a row holds how many
-- actions it groups and the newest one's time. The page then reads O(page) rows through
-- (recipient_id, latest_at, id), and the few names a line shows come from the action rows
-- through their own indexes (likes_post_created_idx, follows_followee_created_idx). A line is
-- unread while its latest_at is after the reader's users.notifications_read_at, which opening
-- the page moves: one row written per visit, and a group a new like joins is unread again.
-- Suspended actors stay counted here and are subtracted when the page is read
-- (lib/notifications/queries.ts), so suspending or restoring an account rewrites nothing.
--
-- A new kind (reply, mention, repost, quote) is: ALTER TYPE notification_kind ADD VALUE in one
-- migration, then, in the next (a new enum value cannot be used in the transaction that adds
-- it), a trigger on its table in the style of the ones below.

-- CreateEnum
CREATE TYPE "notification_kind" AS ENUM ('follow', 'like', 'comment');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "notifications_read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "notification_groups" (
    "id" TEXT NOT NULL DEFAULT md5(((random())::text || (clock_timestamp())::text)),
    "recipient_id" TEXT NOT NULL,
    "kind" "notification_kind" NOT NULL,
    "post_id" TEXT,
    "comment_id" TEXT,
    "target_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "actor_count" INTEGER NOT NULL,
    "latest_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_groups_pkey" PRIMARY KEY ("id"),
    -- Zero only inside the statement that removes the group's last action (see notification_groups_remove).
    CONSTRAINT "notification_groups_actor_count_check" CHECK ("actor_count" >= 0),
    -- The key of each kind's group: follows have no target, likes their post, comments their comment.
    CONSTRAINT "notification_groups_target_check" CHECK (
      CASE "kind"
        WHEN 'follow' THEN "post_id" IS NULL AND "comment_id" IS NULL AND "target_id" = ''
        WHEN 'like' THEN "post_id" IS NOT NULL AND "comment_id" IS NULL AND "target_id" = "post_id"
        WHEN 'comment' THEN "post_id" IS NOT NULL AND "comment_id" IS NOT NULL AND "target_id" = "comment_id"
      END
    )
);

-- CreateIndex
CREATE INDEX "notification_groups_recipient_latest_idx" ON "notification_groups"("recipient_id", "latest_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "notification_groups_post_idx" ON "notification_groups"("post_id") WHERE (post_id IS NOT NULL);

-- CreateIndex
CREATE INDEX "notification_groups_comment_idx" ON "notification_groups"("comment_id") WHERE (comment_id IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "notification_groups_key" ON "notification_groups"("recipient_id", "kind", "target_id", "day");

-- AddForeignKey
ALTER TABLE "notification_groups" ADD CONSTRAINT "notification_groups_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_groups" ADD CONSTRAINT "notification_groups_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_groups" ADD CONSTRAINT "notification_groups_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The UTC day an action is grouped in, and where a day starts.
CREATE FUNCTION "notification_day"(at TIMESTAMPTZ) RETURNS DATE AS $$
  SELECT (at AT TIME ZONE 'UTC')::DATE
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION "notification_day_start"(day DATE) RETURNS TIMESTAMPTZ AS $$
  SELECT day::TIMESTAMP AT TIME ZONE 'UTC'
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- Adds actions to their groups: `added` is one row per group (recipient, kind, post, comment,
-- day) with how many actions join it and the newest one's time. Sorted, so two statements
-- adding to the same groups lock them in the same order.
CREATE FUNCTION "notification_groups_add"(added JSONB) RETURNS VOID AS $$
  INSERT INTO notification_groups AS g (recipient_id, kind, post_id, comment_id, target_id, day, actor_count, latest_at)
  SELECT a.recipient_id, a.kind, a.post_id, a.comment_id, coalesce(a.comment_id, a.post_id, ''), a.day, a.actions, a.latest_at
  FROM jsonb_to_recordset(added) AS a(recipient_id TEXT, kind notification_kind, post_id TEXT, comment_id TEXT, day DATE, actions INTEGER, latest_at TIMESTAMPTZ)
  ORDER BY a.recipient_id, a.kind, coalesce(a.comment_id, a.post_id, ''), a.day
  ON CONFLICT (recipient_id, kind, target_id, day) DO UPDATE
    SET actor_count = g.actor_count + EXCLUDED.actor_count, latest_at = greatest(g.latest_at, EXCLUDED.latest_at)
$$ LANGUAGE sql;

-- Likes: a like of someone else's post joins the post's group of its day.
CREATE FUNCTION "likes_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT posts.author_id AS recipient_id, 'like' AS kind, changed.post_id, NULL AS comment_id,
               notification_day(changed.created_at) AS day, count(*) AS actions, max(changed.created_at) AS latest_at
        FROM changed JOIN posts ON posts.id = changed.post_id
        WHERE changed.user_id <> posts.author_id
        GROUP BY posts.author_id, changed.post_id, notification_day(changed.created_at)) AS added;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Removing likes takes them out of their groups. The count goes down in place whatever runs
-- beside it (an UPDATE re-reads a row a concurrent like changed), and a group left empty is
-- deleted by a second statement, which sees a like that joined it meanwhile and keeps it.
-- The group's time becomes its newest remaining like's. A post that is gone took its groups.
CREATE FUNCTION "likes_unnotify"() RETURNS TRIGGER AS $$
DECLARE
  emptied TEXT[];
BEGIN
  WITH removed AS (
    SELECT posts.author_id AS recipient_id, changed.post_id, notification_day(changed.created_at) AS day, count(*)::INTEGER AS actions
    FROM changed JOIN posts ON posts.id = changed.post_id
    WHERE changed.user_id <> posts.author_id
    GROUP BY posts.author_id, changed.post_id, notification_day(changed.created_at)
    ORDER BY 1, 2, 3
  ), updated AS (
    UPDATE notification_groups AS g
    SET actor_count = g.actor_count - removed.actions,
        latest_at = coalesce((SELECT max(likes.created_at) FROM likes
                              WHERE likes.post_id = removed.post_id AND likes.user_id <> removed.recipient_id
                                AND likes.created_at >= notification_day_start(removed.day)
                                AND likes.created_at < notification_day_start(removed.day + 1)), g.latest_at)
    FROM removed
    WHERE g.recipient_id = removed.recipient_id AND g.kind = 'like' AND g.target_id = removed.post_id AND g.day = removed.day
    RETURNING g.id, g.actor_count
  )
  SELECT array_agg(id) INTO emptied FROM updated WHERE actor_count = 0;
  DELETE FROM notification_groups WHERE id = ANY(emptied) AND actor_count = 0;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "likes_added_notify" AFTER INSERT ON likes REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION likes_notify();
CREATE TRIGGER "likes_removed_unnotify" AFTER DELETE ON likes REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION likes_unnotify();

-- Follows: a follow joins the followee's group of follows of its day (no one follows themselves, CHECK).
CREATE FUNCTION "follows_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT changed.followee_id AS recipient_id, 'follow' AS kind, NULL AS post_id, NULL AS comment_id,
               notification_day(changed.created_at) AS day, count(*) AS actions, max(changed.created_at) AS latest_at
        FROM changed
        GROUP BY changed.followee_id, notification_day(changed.created_at)) AS added;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Removing follows: as for likes.
CREATE FUNCTION "follows_unnotify"() RETURNS TRIGGER AS $$
DECLARE
  emptied TEXT[];
BEGIN
  WITH removed AS (
    SELECT changed.followee_id AS recipient_id, notification_day(changed.created_at) AS day, count(*)::INTEGER AS actions
    FROM changed
    GROUP BY changed.followee_id, notification_day(changed.created_at)
    ORDER BY 1, 2
  ), updated AS (
    UPDATE notification_groups AS g
    SET actor_count = g.actor_count - removed.actions,
        latest_at = coalesce((SELECT max(follows.created_at) FROM follows
                              WHERE follows.followee_id = removed.recipient_id
                                AND follows.created_at >= notification_day_start(removed.day)
                                AND follows.created_at < notification_day_start(removed.day + 1)), g.latest_at)
    FROM removed
    WHERE g.recipient_id = removed.recipient_id AND g.kind = 'follow' AND g.target_id = '' AND g.day = removed.day
    RETURNING g.id, g.actor_count
  )
  SELECT array_agg(id) INTO emptied FROM updated WHERE actor_count = 0;
  DELETE FROM notification_groups WHERE id = ANY(emptied) AND actor_count = 0;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "follows_added_notify" AFTER INSERT ON follows REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION follows_notify();
CREATE TRIGGER "follows_removed_unnotify" AFTER DELETE ON follows REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION follows_unnotify();

-- Comments: each comment on someone else's post is a line of its own; deleting the comment
-- deletes it through the foreign key.
CREATE FUNCTION "comments_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT posts.author_id AS recipient_id, 'comment' AS kind, changed.post_id, changed.id AS comment_id,
               notification_day(changed.created_at) AS day, 1 AS actions, changed.created_at AS latest_at
        FROM changed JOIN posts ON posts.id = changed.post_id
        WHERE changed.author_id <> posts.author_id) AS added;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "comments_added_notify" AFTER INSERT ON comments REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION comments_notify();

-- The actions taken before this migration, already read (notifications_read_at is now).
INSERT INTO notification_groups (recipient_id, kind, post_id, target_id, day, actor_count, latest_at)
SELECT posts.author_id, 'like', likes.post_id, likes.post_id, notification_day(likes.created_at), count(*), max(likes.created_at)
FROM likes JOIN posts ON posts.id = likes.post_id
WHERE likes.user_id <> posts.author_id
GROUP BY posts.author_id, likes.post_id, notification_day(likes.created_at);
INSERT INTO notification_groups (recipient_id, kind, target_id, day, actor_count, latest_at)
SELECT follows.followee_id, 'follow', '', notification_day(follows.created_at), count(*), max(follows.created_at)
FROM follows
GROUP BY follows.followee_id, notification_day(follows.created_at);
INSERT INTO notification_groups (recipient_id, kind, post_id, comment_id, target_id, day, actor_count, latest_at)
SELECT posts.author_id, 'comment', comments.post_id, comments.id, comments.id, notification_day(comments.created_at), 1, comments.created_at
FROM comments JOIN posts ON posts.id = comments.post_id
WHERE comments.author_id <> posts.author_id;
