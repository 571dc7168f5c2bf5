-- Post search finds emoji: "🎉" finds the posts with a 🎉 in them, "garden 🌻" those with both.
-- PostgreSQL's text-search parser drops emoji, so no post had any as a word of its document.
--
-- A post's emoji are the characters of the emoji blocks in it, each once: whatever follows one
-- (a variation selector, a skin tone, a zero-width joiner) is left out, so "👍" finds "👍🏽" and
-- "❤️" finds "❤". They join the document as lexemes without positions: a phrase cannot hold one,
-- and a search for emoji alone ranks its matches newest first.
CREATE FUNCTION post_emoji(body text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT m[1] FROM regexp_matches(body,
        '([\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\U0001F000-\U0001F3FA\U0001F400-\U0001FAFF])', 'g') AS m);

-- The query side: every emoji of the words looked for is required, with the words' own query.
-- `&&` with an empty query (emoji alone) is the other side.
CREATE FUNCTION post_search_query(words text, looked_for text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE WHEN cardinality(post_emoji(looked_for)) = 0 THEN websearch_to_tsquery('english_unaccent', words)
        ELSE websearch_to_tsquery('english_unaccent', words)
            && (SELECT string_agg(quote_literal(emoji), ' & ') FROM unnest(post_emoji(looked_for)) AS emoji)::tsquery END;

CREATE OR REPLACE FUNCTION post_search_document(body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN to_tsvector('english_unaccent', body) || to_tsvector('english_unaccent', post_link_words(body))
        || array_to_tsvector(post_emoji(body));

-- A generated column's expression is read when a row is written: the stored documents are made
-- again (the table is rewritten once), as in 20261205100000_search_link_words.
DROP INDEX "posts_search_idx";
ALTER TABLE "posts" DROP COLUMN "search_vector";
ALTER TABLE "posts" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (post_search_document("text")) STORED;
CREATE INDEX "posts_search_idx" ON "posts" USING GIN ("search_vector");
