-- A browser sends a text box's line breaks as "\r\n"; the seed and the API as "\n". The app now
-- keeps only "\n" (withoutControlCharacters, lib/validation/text.ts), and what is stored follows:
-- a post saved unchanged from its edit form compared unequal to its stored "\r\n" text, and was
-- marked edited with a second, identical version in its history.
UPDATE "posts" SET "text" = regexp_replace("text", E'\r\n?', E'\n', 'g') WHERE strpos("text", E'\r') > 0;
UPDATE "comments" SET "text" = regexp_replace("text", E'\r\n?', E'\n', 'g') WHERE strpos("text", E'\r') > 0;
UPDATE "post_revisions" SET "text" = regexp_replace("text", E'\r\n?', E'\n', 'g') WHERE strpos("text", E'\r') > 0;
UPDATE "post_images" SET "alt" = regexp_replace("alt", E'\r\n?', E'\n', 'g') WHERE strpos("alt", E'\r') > 0;
UPDATE "users" SET "bio" = regexp_replace("bio", E'\r\n?', E'\n', 'g') WHERE strpos("bio", E'\r') > 0;
UPDATE "reports" SET "details" = regexp_replace("details", E'\r\n?', E'\n', 'g') WHERE strpos("details", E'\r') > 0;

-- What an edit compares against stays comparable.
ALTER TABLE "posts" ADD CONSTRAINT "posts_text_line_breaks_check" CHECK (strpos("text", E'\r') = 0);
ALTER TABLE "comments" ADD CONSTRAINT "comments_text_line_breaks_check" CHECK (strpos("text", E'\r') = 0);
ALTER TABLE "post_images" ADD CONSTRAINT "post_images_alt_line_breaks_check" CHECK (strpos("alt", E'\r') = 0);
