-- Blocks, mutes and muted words (lib/safety). The primary keys make one block
-- and one mute per pair (so both are idempotent), the CHECKs refuse blocking or
-- muting oneself, and deleting an account deletes its rows. Muted words are
-- stored lower-case with single spaces, once per person.
-- CreateTable
CREATE TABLE "blocks" (
    "blocker_id" TEXT NOT NULL,
    "blocked_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blocks_pkey" PRIMARY KEY ("blocker_id","blocked_id")
);

-- CreateTable
CREATE TABLE "mutes" (
    "muter_id" TEXT NOT NULL,
    "muted_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mutes_pkey" PRIMARY KEY ("muter_id","muted_id")
);

-- CreateTable
CREATE TABLE "muted_words" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "phrase" VARCHAR(100) NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "muted_words_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "blocks_blocked_idx" ON "blocks"("blocked_id", "blocker_id");

-- CreateIndex
CREATE INDEX "blocks_blocker_created_idx" ON "blocks"("blocker_id", "created_at" DESC, "blocked_id" DESC);

-- CreateIndex
CREATE INDEX "mutes_muter_created_idx" ON "mutes"("muter_id", "created_at" DESC, "muted_id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "muted_words_user_phrase_key" ON "muted_words"("user_id", "phrase");

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocker_id_fkey" FOREIGN KEY ("blocker_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocked_id_fkey" FOREIGN KEY ("blocked_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mutes" ADD CONSTRAINT "mutes_muter_id_fkey" FOREIGN KEY ("muter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mutes" ADD CONSTRAINT "mutes_muted_id_fkey" FOREIGN KEY ("muted_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "muted_words" ADD CONSTRAINT "muted_words_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- No self-block, no self-mute.
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_not_self_check" CHECK (blocker_id <> blocked_id);
ALTER TABLE "mutes" ADD CONSTRAINT "mutes_not_self_check" CHECK (muter_id <> muted_id);
-- The form's normalisation, held by the database too: 1-100 characters, lower-case, trimmed, single spaces.
ALTER TABLE "muted_words" ADD CONSTRAINT "muted_words_phrase_check"
  CHECK (phrase = lower(phrase) AND phrase = btrim(phrase) AND phrase !~ '\s\s' AND phrase !~ '[\t\n\r]' AND length(phrase) > 0);

-- Blocking removes the follows between the two accounts, both ways, in the
-- block's own transaction, whoever inserts the block.
CREATE FUNCTION "blocks_remove_follows"() RETURNS TRIGGER AS $$
BEGIN
  DELETE FROM follows
  WHERE (follower_id = NEW.blocker_id AND followee_id = NEW.blocked_id)
     OR (follower_id = NEW.blocked_id AND followee_id = NEW.blocker_id);
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "blocks_remove_follows" AFTER INSERT ON blocks FOR EACH ROW EXECUTE FUNCTION blocks_remove_follows();

-- A follow between two accounts one of which blocks the other is refused,
-- whatever wrote it (the follow service says so first, with a sentence).
CREATE FUNCTION "follows_refuse_blocked"() RETURNS TRIGGER AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM blocks
             WHERE (blocker_id = NEW.follower_id AND blocked_id = NEW.followee_id)
                OR (blocker_id = NEW.followee_id AND blocked_id = NEW.follower_id)) THEN
    RAISE EXCEPTION 'follow between blocked accounts' USING ERRCODE = 'check_violation', CONSTRAINT = 'follows_not_blocked_check';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "follows_refuse_blocked" BEFORE INSERT ON follows FOR EACH ROW EXECUTE FUNCTION follows_refuse_blocked();

-- The regular expression for one person's muted words (null when none is in
-- force): any of them, case-insensitively (used with ~*), as a whole word or
-- phrase: not inside a longer word, with any run of spaces between a phrase's
-- words. Every character but letters, digits and spaces is escaped, so a
-- muted word is always taken literally. One expression for all of them: a
-- statement computes it once, and PostgreSQL compiles it once.
CREATE FUNCTION "muted_words_pattern"(viewer_id TEXT) RETURNS TEXT AS $$
  SELECT '(^|[^[:alnum:]_])(' || string_agg(
           replace(regexp_replace(phrase, '([^[:alnum:] ])', '\\\1', 'g'), ' ', '[[:space:]]+'), '|')
         || ')($|[^[:alnum:]_])'
  FROM muted_words
  WHERE user_id = viewer_id AND (expires_at IS NULL OR expires_at > now())
$$ LANGUAGE sql STABLE;
