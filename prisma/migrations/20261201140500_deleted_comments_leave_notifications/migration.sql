-- A deleted comment that has replies stays as "This comment was deleted" (migration
-- threaded_comment_replies): its row is updated, not removed, so the notification's
-- foreign key cannot cascade. Its notification leaves with its text, as a removed
-- comment's does. Row level: transition tables cannot be combined with a column list,
-- and such deletions are one comment at a time.
CREATE FUNCTION "deleted_comments_leave_notifications"() RETURNS TRIGGER AS $$
BEGIN
  DELETE FROM notification_groups WHERE comment_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "comments_deleted_leave_notifications" AFTER UPDATE OF deleted_at ON comments
  FOR EACH ROW WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
  EXECUTE FUNCTION deleted_comments_leave_notifications();
