-- The remaining kinds of issue 15. A new enum value cannot be used in the transaction
-- that adds it, so their triggers are in the next migration.
ALTER TYPE "notification_kind" ADD VALUE 'reply';
ALTER TYPE "notification_kind" ADD VALUE 'mention';
ALTER TYPE "notification_kind" ADD VALUE 'repost';
ALTER TYPE "notification_kind" ADD VALUE 'quote';
