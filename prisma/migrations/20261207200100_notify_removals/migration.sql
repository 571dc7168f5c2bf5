-- An author whose post or comment a moderator removes is told so, as Mastodon and X do: a
-- "removal" line on their notifications page, saying which one and what it was reported for.
--
-- The content is gone, and took its own lines (likes, comments…) with it through their foreign
-- keys, so the line cannot point at it. It points at the removal's entry in the moderation log,
-- which already keeps the start of the removed text (and keeps it as long as the log does), and
-- now also the reasons of the reports the removal resolved.
--
-- Written by a trigger on moderation_log, as every other kind is by a trigger on its action's
-- table: each logged removal notifies, in its own transaction, whichever code path logs it
-- (the queue, the post's or comment's own delete button, an admin's SQL). An admin removing
-- their own post is not moderation and is not logged (lib/moderation/log.ts recordRemoval).

-- The reasons the resolved reports gave, each once; empty when none was open.
ALTER TABLE "moderation_log" ADD COLUMN "reasons" "ReportReason"[] NOT NULL DEFAULT ARRAY[]::"ReportReason"[];

ALTER TABLE "notification_groups" ADD COLUMN "moderation_id" TEXT;

-- Deleting a log entry (never done by the app) takes its line without scanning the table.
CREATE INDEX "notification_groups_moderation_idx" ON "notification_groups"("moderation_id") WHERE (moderation_id IS NOT NULL);

ALTER TABLE "notification_groups" ADD CONSTRAINT "notification_groups_moderation_id_fkey" FOREIGN KEY ("moderation_id") REFERENCES "moderation_log"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A removal line names its log entry and nothing else; no other line names one.
ALTER TABLE "notification_groups" ADD CONSTRAINT "notification_groups_moderation_check"
  CHECK (("kind" = 'removal') = ("moderation_id" IS NOT NULL));
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
    WHEN 'removal' THEN "post_id" IS NULL AND "comment_id" IS NULL AND "target_id" = "moderation_id"
  END
);

-- Each removal of someone else's post or comment is a line of its own for its author, keyed by
-- the log entry; an account deleted since has no one to tell.
CREATE FUNCTION "moderation_log_notify"() RETURNS TRIGGER AS $$
BEGIN
  INSERT INTO notification_groups (recipient_id, kind, target_id, moderation_id, day, actor_count, latest_at)
  SELECT changed.account_id, 'removal', changed.id, changed.id, notification_day(changed.created_at), 1, changed.created_at
  FROM changed
  WHERE changed.action IN ('POST_REMOVED', 'COMMENT_REMOVED') AND changed.account_id IS NOT NULL
    AND changed.account_id IS DISTINCT FROM changed.actor_id;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "moderation_log_added_notify" AFTER INSERT ON "moderation_log" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION moderation_log_notify();
