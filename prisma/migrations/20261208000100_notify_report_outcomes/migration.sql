-- Whoever filed a report is told what the moderators did about it, as Bluesky and X do: a
-- "report_outcome" line on their notifications page, one for each logged decision that resolved
-- their open report (a removal, a suspension or a dismissal). Like a removal line it names no one
-- who acted, and reads what was decided from the decision's entry in the moderation log, which
-- outlives the content. Written by lib/moderation/log.ts in the decision's transaction, where the
-- resolved reports' reporters are known.

-- A moderators' line (a removal or a report's outcome) names its log entry; no other line names one.
ALTER TABLE "notification_groups" DROP CONSTRAINT "notification_groups_moderation_check";
ALTER TABLE "notification_groups" ADD CONSTRAINT "notification_groups_moderation_check"
  CHECK (("kind" IN ('removal', 'report_outcome')) = ("moderation_id" IS NOT NULL));
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
    WHEN 'report_outcome' THEN "post_id" IS NULL AND "comment_id" IS NULL AND "target_id" = "moderation_id"
  END
);
