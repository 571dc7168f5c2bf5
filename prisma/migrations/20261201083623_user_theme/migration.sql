-- The colour theme each person chose: pages are rendered in it from the server,
-- so there is no flash of the wrong theme. Readers who are not signed in keep
-- theirs in a cookie (lib/preferences/).
ALTER TABLE "users" ADD COLUMN "theme" VARCHAR(6) NOT NULL DEFAULT 'system';

ALTER TABLE "users" ADD CONSTRAINT "users_theme_check" CHECK ("theme" IN ('system', 'light', 'dark'));
