-- The words post_search_document adds for links and dotted names, as a function of their own:
-- a search result marks the matched ones inside their link (lib/search/link-words.ts), as
-- ts_headline marks the text's own words. The document it makes is the same as before, so the
-- stored search_vector and its index stay valid.
CREATE FUNCTION post_link_words(body text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN coalesce((
        SELECT string_agg(regexp_replace(bare, '[/?#=&]+', ' ', 'g') || ' ' || regexp_replace(bare, '[^[:alnum:]]+', ' ', 'g'), ' ')
        FROM (SELECT regexp_replace(token[1], '^([a-z][a-z0-9+.-]*://)?(www\.)?', '', 'i') AS bare
              FROM regexp_matches(body, '([^[:space:]]*[[:alnum:]][./:@][[:alnum:]][^[:space:]]*)', 'g') AS token) AS tokens), '');

CREATE OR REPLACE FUNCTION post_search_document(body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN to_tsvector('english_unaccent', body) || to_tsvector('english_unaccent', post_link_words(body));
