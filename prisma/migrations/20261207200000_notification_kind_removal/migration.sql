-- A moderator's removal of someone's post or comment is a line on their notifications page
-- (the next migration). A new enum value cannot be used in the transaction that adds it, so
-- its column, constraints and trigger are in the next migration.
ALTER TYPE "notification_kind" ADD VALUE 'removal';
