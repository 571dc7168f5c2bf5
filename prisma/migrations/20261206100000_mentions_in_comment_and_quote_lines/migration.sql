-- A comment, reply or quote that also names its recipient is listed under Mentions, as
-- Mastodon lists a reply that names you. Its recipient still gets one line for it (migration
-- 20261201150100: a mention adds no line for whoever gets the comment's, the reply's or the
-- quote's own); that line now records that its text names them, and the Mentions tab reads
-- it with the mention lines.

ALTER TABLE "notification_groups" ADD COLUMN "mentions_recipient" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "notification_groups" ADD CONSTRAINT "notification_groups_mentions_recipient_check"
  CHECK (NOT "mentions_recipient" OR "kind" IN ('comment', 'reply', 'quote'));

-- Mentions in posts: besides the "mention" lines, the quoted author's "quote" line when the
-- quote names them (an edit may add the name later).
CREATE OR REPLACE FUNCTION "post_mentions_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT changed.user_id AS recipient_id, 'mention' AS kind, changed.post_id, NULL AS comment_id,
               notification_day(changed.created_at) AS day, 1 AS actions, changed.created_at AS latest_at
        FROM changed JOIN posts ON posts.id = changed.post_id
        LEFT JOIN posts AS quoted ON quoted.id = posts.quoted_post_id
        WHERE changed.user_id <> posts.author_id AND changed.user_id IS DISTINCT FROM quoted.author_id) AS added;
  UPDATE notification_groups AS g SET mentions_recipient = true
  FROM changed
  WHERE g.recipient_id = changed.user_id AND g.kind = 'quote' AND g.target_id = changed.post_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- Mentions in comments: besides the "mention" lines, the "comment" or "reply" line of whoever
-- the comment names. Comments are not edited: their mentions are written once, after them.
CREATE OR REPLACE FUNCTION "comment_mentions_notify"() RETURNS TRIGGER AS $$
BEGIN
  PERFORM notification_groups_add(coalesce(jsonb_agg(added), '[]'))
  FROM (SELECT changed.user_id AS recipient_id, 'mention' AS kind, comments.post_id, changed.comment_id,
               notification_day(changed.created_at) AS day, 1 AS actions, changed.created_at AS latest_at
        FROM changed JOIN comments ON comments.id = changed.comment_id
        JOIN posts ON posts.id = comments.post_id
        LEFT JOIN comments AS parent ON parent.id = comments.parent_id
        WHERE changed.user_id <> comments.author_id AND changed.user_id <> posts.author_id
          AND changed.user_id IS DISTINCT FROM parent.author_id) AS added;
  UPDATE notification_groups AS g SET mentions_recipient = true
  FROM changed
  WHERE g.recipient_id = changed.user_id AND g.kind IN ('comment', 'reply') AND g.target_id = changed.comment_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- A mention taken out takes its "mention" line, and leaves Mentions for a line that stays.
CREATE OR REPLACE FUNCTION "mentions_unnotify"() RETURNS TRIGGER AS $$
BEGIN
  DELETE FROM notification_groups AS g
  USING (SELECT changed.user_id, to_jsonb(changed) ->> TG_ARGV[0] AS target_id FROM changed) AS removed
  WHERE g.recipient_id = removed.user_id AND g.kind = 'mention' AND g.target_id = removed.target_id;
  UPDATE notification_groups AS g SET mentions_recipient = false
  FROM (SELECT changed.user_id, to_jsonb(changed) ->> TG_ARGV[0] AS target_id FROM changed) AS removed
  WHERE g.recipient_id = removed.user_id AND g.kind IN ('comment', 'reply', 'quote') AND g.target_id = removed.target_id
    AND g.mentions_recipient;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

-- The lines written before this migration.
UPDATE notification_groups AS g SET mentions_recipient = true
FROM comment_mentions AS m
WHERE g.kind IN ('comment', 'reply') AND g.target_id = m.comment_id AND g.recipient_id = m.user_id;
UPDATE notification_groups AS g SET mentions_recipient = true
FROM post_mentions AS m
WHERE g.kind = 'quote' AND g.target_id = m.post_id AND g.recipient_id = m.user_id;

-- The Mentions tab's index: the mention lines, and the lines that name their recipient.
DROP INDEX "notification_groups_mentions_idx";
CREATE INDEX "notification_groups_mentions_idx" ON "notification_groups"("recipient_id", "latest_at" DESC, "id" DESC)
  WHERE kind = 'mention'::notification_kind OR mentions_recipient;
