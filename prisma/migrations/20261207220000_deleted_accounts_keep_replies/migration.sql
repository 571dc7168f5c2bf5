-- Deleting an account took with it every reply anyone had written under its comments: the
-- comments went by ON DELETE CASCADE, and their replies after them through the parent key.
-- Deleting one comment keeps it as "This comment was deleted" above its replies
-- (lib/comments/service.ts); deleting an account now does the same for each of its comments:
--   * its posts go first, with every comment under them, as the cascade took them;
--   * each of its comments without replies goes, and then, up its branch, each comment left
--     without replies that is its own or already deleted (as deleting a comment removes the
--     placeholders it leaves bare);
--   * the rest have replies by others: their text is cleared and they are marked deleted, as
--     deleting them one by one would (the count, notification and hidden-count triggers follow);
--   * the account's row goes, and the author of those placeholders becomes NULL.
-- Only such a placeholder may lack an author (comments_kept_author_check).
--
-- The trigger's name puts it before users_deletion_releases_engagement (row triggers fire in
-- name order): a suspended author's comments are still counted hidden while these statements
-- remove them, so the hidden counts come down once.

ALTER TABLE "comments" DROP CONSTRAINT "comments_author_id_fkey";
ALTER TABLE "comments" ALTER COLUMN "author_id" DROP NOT NULL;
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "comments" ADD CONSTRAINT "comments_kept_author_check" CHECK (author_id IS NOT NULL OR deleted_at IS NOT NULL);

CREATE FUNCTION "users_deletion_keeps_replies"() RETURNS TRIGGER AS $$
DECLARE
  bare TEXT[];
BEGIN
  DELETE FROM posts WHERE author_id = OLD.id;
  WITH gone AS (
    DELETE FROM comments AS c
    WHERE c.author_id = OLD.id
      AND NOT EXISTS (SELECT 1 FROM comments AS reply WHERE reply.post_id = c.post_id AND reply.parent_id = c.id)
    RETURNING c.parent_id
  )
  SELECT array_agg(DISTINCT parent_id) INTO bare FROM gone WHERE parent_id IS NOT NULL;
  -- One level up a round: as deep as the deepest branch it emptied.
  WHILE bare IS NOT NULL LOOP
    WITH gone AS (
      DELETE FROM comments AS c
      WHERE c.id = ANY (bare) AND (c.author_id = OLD.id OR c.deleted_at IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM comments AS reply WHERE reply.post_id = c.post_id AND reply.parent_id = c.id)
      RETURNING c.parent_id
    )
    SELECT array_agg(DISTINCT parent_id) INTO bare FROM gone WHERE parent_id IS NOT NULL;
  END LOOP;
  UPDATE comments SET text = '', deleted_at = now() WHERE author_id = OLD.id AND deleted_at IS NULL;
  RETURN OLD;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "users_deletion_keeps_replies" BEFORE DELETE ON users FOR EACH ROW
  EXECUTE FUNCTION users_deletion_keeps_replies();
