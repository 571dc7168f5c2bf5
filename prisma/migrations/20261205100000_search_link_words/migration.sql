-- Post search finds the words inside links and dotted names: "github" finds a post that links
-- to github.com/vercel/next.js, "w3.org" one that links to https://www.w3.org/WAI/, and "next"
-- one that names next.js. PostgreSQL's parser keeps such a token whole (a url, a host, a file
-- name), so none of its parts was a word of the document.
--
-- The document is the text as before, then, for each token with a dot, slash, colon or @
-- between two letters or digits: its path segments (the host without its scheme and a leading
-- "www.", then each segment as its own host or word), and its letters and digits as words.
-- Phrases still match inside the text: the added words come after it.
-- SQL-standard body, as search_fold: the configuration is bound when the function is created.
CREATE FUNCTION post_search_document(body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN to_tsvector('english_unaccent', body) || to_tsvector('english_unaccent', coalesce((
        SELECT string_agg(regexp_replace(bare, '[/?#=&]+', ' ', 'g') || ' ' || regexp_replace(bare, '[^[:alnum:]]+', ' ', 'g'), ' ')
        FROM (SELECT regexp_replace(token[1], '^([a-z][a-z0-9+.-]*://)?(www\.)?', '', 'i') AS bare
              FROM regexp_matches(body, '([^[:space:]]*[[:alnum:]][./:@][[:alnum:]][^[:space:]]*)', 'g') AS token) AS tokens), ''));

-- A generated column's expression cannot be altered before PostgreSQL 17: the column and its
-- index are made again (the table is rewritten once).
DROP INDEX "posts_search_idx";
ALTER TABLE "posts" DROP COLUMN "search_vector";
ALTER TABLE "posts" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (post_search_document("text")) STORED;
CREATE INDEX "posts_search_idx" ON "posts" USING GIN ("search_vector");
