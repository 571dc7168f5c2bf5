-- Muted words by lookup instead of by regular expression. PostgreSQL's regular
-- expressions slow down with the number of alternatives: 50 muted words took
-- about 50 µs a post text, and a home page tests 30 or more texts. A muted word
-- that is one word (letters, digits and _ only, most of them) is now found in
-- a sorted set of the text's words; the regular expression is left for
-- phrases and words with other characters (#hashtags), and only for the texts
-- that hold all of their words.

-- The form's limit, held by the database too (the comment of the first check
-- said 1-100 characters; only the 1 was checked). text_words relies on it.
ALTER TABLE "muted_words" ADD CONSTRAINT "muted_words_phrase_length_check" CHECK (char_length(phrase) <= 100);

-- A text's distinct whole words, lower-cased, as a tsvector without positions:
-- the runs of letters, digits and _ that muted_words_pattern treats as words.
-- Words longer than a muted phrase can be are left out: nothing could match them.
CREATE FUNCTION "text_words"(body TEXT) RETURNS tsvector AS $$
  SELECT array_to_tsvector(ARRAY(
    SELECT DISTINCT word FROM unnest(regexp_split_to_array(lower(body), '[^[:alnum:]_]+')) AS word
    WHERE word <> '' AND char_length(word) <= 100))
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- Adding a stored column rewrites the table once.
ALTER TABLE "posts" ADD COLUMN "words" tsvector GENERATED ALWAYS AS (text_words("text")) STORED;

-- The viewer's muted words in force that are one word, as a query of words
-- (any of them); null when there is none. Lower-cased phrases (CHECK) are
-- compared with lower-cased words, as ~* compares.
CREATE FUNCTION "muted_words_exact"(viewer_id TEXT) RETURNS tsquery AS $$
BEGIN
  RETURN (SELECT string_agg('''' || phrase || '''', ' | ')::tsquery
          FROM muted_words
          WHERE user_id = viewer_id AND (expires_at IS NULL OR expires_at > now()) AND phrase ~ '^[[:alnum:]_]+$');
END $$ LANGUAGE plpgsql STABLE;

-- The viewer's other muted words in force (phrases, #hashtags, words with
-- other characters) as a query of words that a text holds if it may match one
-- of them: all of one's words (a word without letters or digits cannot be
-- looked up: its part matches every text). Null when there is none.
CREATE FUNCTION "muted_phrases_candidates"(viewer_id TEXT) RETURNS tsquery AS $$
BEGIN
  RETURN (SELECT string_agg(CASE WHEN words = '' THEN '(''a'' | !''a'')'
                                 ELSE '(''' || regexp_replace(words, '[^[:alnum:]_]+', ''' & ''', 'g') || ''')' END, ' | ')::tsquery
          FROM (SELECT regexp_replace(phrase, '^[^[:alnum:]_]+|[^[:alnum:]_]+$', '', 'g') AS words
                FROM muted_words
                WHERE user_id = viewer_id AND (expires_at IS NULL OR expires_at > now()) AND phrase !~ '^[[:alnum:]_]+$') AS other);
END $$ LANGUAGE plpgsql STABLE;

-- The regular expression of muted_words_pattern for those other words only
-- (null when there is none): used with ~* on the texts the query above finds.
CREATE FUNCTION "muted_phrases_pattern"(viewer_id TEXT) RETURNS TEXT AS $$
BEGIN
  RETURN (SELECT '(^|[^[:alnum:]_])(' || string_agg(
                   replace(regexp_replace(phrase, '([^[:alnum:] ])', '\\\1', 'g'), ' ', '[[:space:]]+'), '|')
                 || ')($|[^[:alnum:]_])'
          FROM muted_words
          WHERE user_id = viewer_id AND (expires_at IS NULL OR expires_at > now()) AND phrase !~ '^[[:alnum:]_]+$');
END $$ LANGUAGE plpgsql STABLE;

-- muted_words_pattern (all the words in one expression) is no longer called by
-- this release. It stays for one release: instances of the previous one still
-- call it while a rolling upgrade replaces them behind the load balancer.
