-- Search that ignores accents and case: "martinez" finds "Martínez", "yilmaz" finds "Yılmaz".
-- unaccent ships with PostgreSQL (contrib), as does the embedded server's build.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- How names, bios and queries are compared: accents removed, then lower-cased.
-- unaccent() itself is only STABLE (it reads its rules file, found through the
-- search path), so it cannot be used in an index. This wrapper names the
-- dictionary, and its SQL-standard body binds it when the function is created,
-- whatever the search path later is; the rules file only changes with a
-- PostgreSQL upgrade, after which these indexes should be rebuilt (REINDEX).
-- Dotless ı (Turkish) has no Unicode decomposition: recent rule files map it to
-- i, older ones do not, and lower() leaves it alone, so it is mapped here.
CREATE FUNCTION search_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(unaccent('unaccent'::regdictionary, translate(value, 'ı', 'i')));

-- People search reads display names and bios folded, through trigram indexes on
-- the folded text (usernames are lower-case ASCII already and keep their index).
-- Prisma cannot describe expression indexes: they live in this migration only.
DROP INDEX "users_display_name_trgm_idx";
CREATE INDEX "users_display_name_folded_trgm_idx" ON "users" USING GIN (search_fold("display_name") gin_trgm_ops);
CREATE INDEX "users_bio_folded_trgm_idx" ON "users" USING GIN (search_fold("bio") gin_trgm_ops);

-- Post search: English stemming after unaccent, so a word with or without its
-- accents is the same lexeme in both the document and the query.
CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- A generated column's expression cannot be altered before PostgreSQL 17: the
-- column and its index are made again (the table is rewritten once).
DROP INDEX "posts_search_idx";
ALTER TABLE "posts" DROP COLUMN "search_vector";
ALTER TABLE "posts" ADD COLUMN "search_vector" tsvector
    GENERATED ALWAYS AS (to_tsvector('english_unaccent', "text")) STORED;
CREATE INDEX "posts_search_idx" ON "posts" USING GIN ("search_vector");
