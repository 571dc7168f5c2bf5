-- A post may be images alone, so its text may be empty. The app requires text
-- or at least one image (lib/posts/schema.ts); a CHECK cannot see post_images.
ALTER TABLE "posts" DROP CONSTRAINT "posts_text_length_check";
ALTER TABLE "posts" ADD CONSTRAINT "posts_text_length_check" CHECK (char_length("text") <= 5000);
