-- Replies, mentions, reposts and quotes notify, in the statement of the action, as likes,
-- follows and comments do (migration 20261201140400_notifications):
--   reply    "replied to your comment": one line per reply, to the parent comment's author;
--   mention  "mentioned you": one line per post or comment that names you (post_mentions,
--            comment_mentions), which leaves when the text stops naming you;
--   repost   "reposted your post": grouped per post and UTC day, like likes;
--   quote    "quoted your post": one line per quoting post, to the quoted post's author.
-- Never for one's own action. One comment is one line for each person: a reply to the post
-- author's own comment is their "reply" line (not also a "comment" line), and a mention of
-- someone who already gets that comment's line (or a quote's) adds nothing.

ALTER TABLE "notification_groups" DROP CONSTRAINT "notification_groups_target_check";
ALTER TABLE "notification_groups" ADD CONSTRAINT "notification_groups_target_check" CHECK (
  CASE "kind"
    WHEN 'follow' THEN "post_id" IS NULL AND "comment_id" IS NULL AND "target_id" = ''
    WHEN 'like' THEN "post_id" IS NOT NULL AND "comment_id" IS NULL AND "target_id" = "post_id"
    WHEN 'repost' THEN "post_id" IS NOT NULL AND "comment_id" IS NULL AND "target_id" = "post_id"
    WHEN 'quote' THEN "post_id" IS NOT NULL AND "comment_id" IS NULL AND "target_id" = "post_id"
    WHEN 'comment' THEN "post_id" IS NOT NULL AND "comment_id" IS NOT NULL AND "target_id" = "comment_id"
    WHEN 'reply' THEN "post_id" IS NOT NULL AND "comment_id" IS NOT NULL AND "target_id" = "comment_id"
    WHEN 'mention' THEN "post_id" IS NOT NULL AND "target_id" = coalesce("comment_id", "post_id")
  END
);

-- The Mentions tab reads this instead of filtering the page's index.
CREATE INDEX "notification_groups_mentions_idx" ON "notification_groups"("recipient_id", "latest_at" DESC, "id" DESC)
  WHERE kind = 'mention'::notification_kind;

-- Comments and replies: the post's author gets a "comment" line unless the comment replies
-- to their own comment; the parent comment's author gets a "reply" line.
CREATE OR REPLACE FUNCTION "comments_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT posts.author_id AS recipient_id, 'comment' AS kind, changed.post_id, changed.id AS comment_id,
               notification_day(changed.created_at) AS day, 1 AS actions, changed.created_at AS latest_at
        FROM changed JOIN posts ON posts.id = changed.post_id
        LEFT JOIN comments AS parent ON parent.id = changed.parent_id
        WHERE changed.author_id <> posts.author_id AND parent.author_id IS DISTINCT FROM posts.author_id
        UNION ALL
        SELECT parent.author_id, 'reply', changed.post_id, changed.id,
               notification_day(changed.created_at), 1, changed.created_at
        FROM changed JOIN comments AS parent ON parent.id = changed.parent_id
        WHERE changed.author_id <> parent.author_id) AS added;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Mentions in posts. Not the author themselves, nor the author of the post a quote quotes
-- (their "quote" line shows the same text).
CREATE FUNCTION "post_mentions_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT changed.user_id AS recipient_id, 'mention' AS kind, changed.post_id, NULL AS comment_id,
               notification_day(changed.created_at) AS day, 1 AS actions, changed.created_at AS latest_at
        FROM changed JOIN posts ON posts.id = changed.post_id
        LEFT JOIN posts AS quoted ON quoted.id = posts.quoted_post_id
        WHERE changed.user_id <> posts.author_id AND changed.user_id IS DISTINCT FROM quoted.author_id) AS added;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Mentions in comments. Not the comment's author, nor whoever gets its "comment" or "reply" line.
CREATE FUNCTION "comment_mentions_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT changed.user_id AS recipient_id, 'mention' AS kind, comments.post_id, changed.comment_id,
               notification_day(changed.created_at) AS day, 1 AS actions, changed.created_at AS latest_at
        FROM changed JOIN comments ON comments.id = changed.comment_id
        JOIN posts ON posts.id = comments.post_id
        LEFT JOIN comments AS parent ON parent.id = comments.parent_id
        WHERE changed.user_id <> comments.author_id AND changed.user_id <> posts.author_id
          AND changed.user_id IS DISTINCT FROM parent.author_id) AS added;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- A mention taken out of an edited post (or gone with its post or comment) takes its line.
CREATE FUNCTION "mentions_unnotify"() RETURNS TRIGGER AS $$
BEGIN
  DELETE FROM notification_groups AS g
  USING (SELECT changed.user_id, to_jsonb(changed) ->> TG_ARGV[0] AS target_id FROM changed) AS removed
  WHERE g.recipient_id = removed.user_id AND g.kind = 'mention' AND g.target_id = removed.target_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "post_mentions_added_notify" AFTER INSERT ON post_mentions REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION post_mentions_notify();
CREATE TRIGGER "post_mentions_removed_unnotify" AFTER DELETE ON post_mentions REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION mentions_unnotify('post_id');
CREATE TRIGGER "comment_mentions_added_notify" AFTER INSERT ON comment_mentions REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION comment_mentions_notify();
CREATE TRIGGER "comment_mentions_removed_unnotify" AFTER DELETE ON comment_mentions REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION mentions_unnotify('comment_id');

-- Reposts: as likes (likes_notify, likes_unnotify), people may repost their own posts silently.
CREATE FUNCTION "reposts_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT posts.author_id AS recipient_id, 'repost' AS kind, changed.post_id, NULL AS comment_id,
               notification_day(changed.created_at) AS day, count(*) AS actions, max(changed.created_at) AS latest_at
        FROM changed JOIN posts ON posts.id = changed.post_id
        WHERE changed.user_id <> posts.author_id
        GROUP BY posts.author_id, changed.post_id, notification_day(changed.created_at)) AS added;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "reposts_unnotify"() RETURNS TRIGGER AS $$
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
        latest_at = coalesce((SELECT max(reposts.created_at) FROM reposts
                              WHERE reposts.post_id = removed.post_id AND reposts.user_id <> removed.recipient_id
                                AND reposts.created_at >= notification_day_start(removed.day)
                                AND reposts.created_at < notification_day_start(removed.day + 1)), g.latest_at)
    FROM removed
    WHERE g.recipient_id = removed.recipient_id AND g.kind = 'repost' AND g.target_id = removed.post_id AND g.day = removed.day
    RETURNING g.id, g.actor_count
  )
  SELECT array_agg(id) INTO emptied FROM updated WHERE actor_count = 0;
  DELETE FROM notification_groups WHERE id = ANY(emptied) AND actor_count = 0;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "reposts_added_notify" AFTER INSERT ON reposts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reposts_notify();
CREATE TRIGGER "reposts_removed_unnotify" AFTER DELETE ON reposts REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reposts_unnotify();

-- Quotes: a post quoting someone else's post. Deleting the quote takes the line by its
-- foreign key; deleting the quoted post (quoted_post_id set to NULL) takes it too, as
-- there is no longer a post of the recipient's that it quotes.
CREATE FUNCTION "quotes_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT quoted.author_id AS recipient_id, 'quote' AS kind, changed.id AS post_id, NULL AS comment_id,
               notification_day(changed.created_at) AS day, 1 AS actions, changed.created_at AS latest_at
        FROM changed JOIN posts AS quoted ON quoted.id = changed.quoted_post_id
        WHERE changed.author_id <> quoted.author_id) AS added;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "unquoted_posts_leave_notifications"() RETURNS TRIGGER AS $$
BEGIN
  DELETE FROM notification_groups WHERE post_id = NEW.id AND kind = 'quote';
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "posts_quoting_notify" AFTER INSERT ON posts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION quotes_notify();
CREATE TRIGGER "posts_unquoted_leave_notifications" AFTER UPDATE OF quoted_post_id ON posts
  FOR EACH ROW WHEN (OLD.quoted_post_id IS NOT NULL AND NEW.quoted_post_id IS NULL)
  EXECUTE FUNCTION unquoted_posts_leave_notifications();

-- The actions taken before this migration, as the triggers would have written them. A reply
-- to the post author's own comment keeps the "comment" line it already has.
INSERT INTO notification_groups (recipient_id, kind, post_id, comment_id, target_id, day, actor_count, latest_at)
SELECT parent.author_id, 'reply', comments.post_id, comments.id, comments.id, notification_day(comments.created_at), 1, comments.created_at
FROM comments JOIN comments AS parent ON parent.id = comments.parent_id JOIN posts ON posts.id = comments.post_id
WHERE comments.author_id <> parent.author_id AND parent.author_id <> posts.author_id AND comments.deleted_at IS NULL;
INSERT INTO notification_groups (recipient_id, kind, post_id, target_id, day, actor_count, latest_at)
SELECT posts.author_id, 'repost', reposts.post_id, reposts.post_id, notification_day(reposts.created_at), count(*), max(reposts.created_at)
FROM reposts JOIN posts ON posts.id = reposts.post_id
WHERE reposts.user_id <> posts.author_id
GROUP BY posts.author_id, reposts.post_id, notification_day(reposts.created_at);
INSERT INTO notification_groups (recipient_id, kind, post_id, target_id, day, actor_count, latest_at)
SELECT quoted.author_id, 'quote', posts.id, posts.id, notification_day(posts.created_at), 1, posts.created_at
FROM posts JOIN posts AS quoted ON quoted.id = posts.quoted_post_id
WHERE posts.author_id <> quoted.author_id;
INSERT INTO notification_groups (recipient_id, kind, post_id, target_id, day, actor_count, latest_at)
SELECT m.user_id, 'mention', m.post_id, m.post_id, notification_day(m.created_at), 1, m.created_at
FROM post_mentions AS m JOIN posts ON posts.id = m.post_id LEFT JOIN posts AS quoted ON quoted.id = posts.quoted_post_id
WHERE m.user_id <> posts.author_id AND m.user_id IS DISTINCT FROM quoted.author_id;
INSERT INTO notification_groups (recipient_id, kind, post_id, comment_id, target_id, day, actor_count, latest_at)
SELECT m.user_id, 'mention', comments.post_id, m.comment_id, m.comment_id, notification_day(m.created_at), 1, m.created_at
FROM comment_mentions AS m JOIN comments ON comments.id = m.comment_id JOIN posts ON posts.id = comments.post_id
LEFT JOIN comments AS parent ON parent.id = comments.parent_id
WHERE m.user_id <> comments.author_id AND m.user_id <> posts.author_id AND m.user_id IS DISTINCT FROM parent.author_id
  AND comments.deleted_at IS NULL;
