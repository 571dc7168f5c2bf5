-- Each reader's muted-word values (muted_words_exact, muted_phrases_candidates,
-- muted_phrases_pattern), computed when their muted words change instead of on
-- every read. A home page computed them in every place its statement tests a
-- post, three PL/pgSQL calls of 0.1-0.25 ms each time: 0.55-0.8 ms of a guarded
-- reader's 4-7 ms page at a million posts (BENCHMARKS.md, session 19).
-- `good_until` is the first expiry still ahead when the values were computed
-- (null: none). From then on the values may name a word no longer in force,
-- and readers call the functions again (lib/safety/visibility.ts). A reader
-- without muted words has no row.
CREATE TABLE "muted_word_sets" (
    "user_id" TEXT NOT NULL,
    "exact" tsquery,
    "phrase_candidates" tsquery,
    "phrase_pattern" TEXT,
    "good_until" TIMESTAMPTZ(3),

    CONSTRAINT "muted_word_sets_pkey" PRIMARY KEY ("user_id")
);

-- AddForeignKey
ALTER TABLE "muted_word_sets" ADD CONSTRAINT "muted_word_sets_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Computes the sets of `accounts` again from their muted words. Each account's
-- lock is taken first, in account order: a second statement changing the same
-- account's words waits for the first to commit, and then computes from both.
CREATE FUNCTION "muted_word_sets_compute"(accounts TEXT[]) RETURNS VOID AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('muted_word_sets:' || account, 0))
  FROM unnest(accounts) AS account ORDER BY account;
  DELETE FROM muted_word_sets WHERE user_id = ANY(accounts);
  INSERT INTO muted_word_sets (user_id, exact, phrase_candidates, phrase_pattern, good_until)
  SELECT users.id, muted_words_exact(users.id), muted_phrases_candidates(users.id), muted_phrases_pattern(users.id),
         (SELECT min(w.expires_at) FROM muted_words AS w WHERE w.user_id = users.id AND w.expires_at > now())
  FROM users
  WHERE users.id = ANY(accounts) AND EXISTS (SELECT 1 FROM muted_words AS w WHERE w.user_id = users.id);
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "muted_word_sets_changed"() RETURNS TRIGGER AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM muted_word_sets_compute(ARRAY(SELECT DISTINCT user_id FROM added));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM muted_word_sets_compute(ARRAY(SELECT DISTINCT user_id FROM removed));
  ELSE
    PERFORM muted_word_sets_compute(ARRAY(SELECT user_id FROM added UNION SELECT user_id FROM removed));
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "muted_words_sets_added" AFTER INSERT ON muted_words REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION muted_word_sets_changed();
CREATE TRIGGER "muted_words_sets_removed" AFTER DELETE ON muted_words REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION muted_word_sets_changed();
CREATE TRIGGER "muted_words_sets_changed" AFTER UPDATE ON muted_words REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION muted_word_sets_changed();

SELECT muted_word_sets_compute(ARRAY(SELECT DISTINCT user_id FROM muted_words));
