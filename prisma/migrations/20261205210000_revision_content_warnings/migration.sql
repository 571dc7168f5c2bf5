-- An edit can now add, change or take off a post's content warning, so each version keeps the
-- warning it was published under, and the history page folds its text behind it as a card does.
ALTER TABLE "post_revisions" ADD COLUMN "content_warning" VARCHAR(100) NOT NULL DEFAULT '';

-- Until now no edit could change a warning: every earlier version was under its post's own.
UPDATE "post_revisions" AS r SET "content_warning" = p."content_warning"
FROM "posts" AS p
WHERE p."id" = r."post_id" AND p."content_warning" <> '';

-- As posts_content_warning_trimmed_check.
ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_content_warning_trimmed_check" CHECK ("content_warning" = btrim("content_warning"));
