-- Editing a post: the author may change its text and image descriptions. Each
-- edit keeps the version it replaces in "post_revisions", so anyone who can see
-- the post can see its history; "posts"."edited_at" says when it last changed.
-- The post keeps its id, so its likes and comments stay attached.
ALTER TABLE "posts" ADD COLUMN     "edited_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "post_revisions" (
    "id" TEXT NOT NULL,
    "post_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "alt_texts" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "post_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "post_revisions_post_created_idx" ON "post_revisions"("post_id", "created_at" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants Prisma cannot express.
ALTER TABLE "posts" ADD CONSTRAINT "posts_edited_after_creation_check" CHECK ("edited_at" >= "created_at");

-- The same bound on code points as a post's text (posts_text_length_check), but
-- no minimum; the descriptions are an array of at most four strings, one per image.
ALTER TABLE "post_revisions"
    ADD CONSTRAINT "post_revisions_text_length_check" CHECK (char_length("text") <= 5000),
    ADD CONSTRAINT "post_revisions_alt_texts_check" CHECK (
        jsonb_typeof("alt_texts") = 'array'
        AND jsonb_array_length("alt_texts") <= 4
        AND NOT jsonb_path_exists("alt_texts", '$[*] ? (@.type() != "string")')
    );
